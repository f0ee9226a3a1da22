package io.gongkai.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaInitScriptTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theDeployedScriptIsTheOneTheTableGives() throws Exception {
        assertThat(Files.readString(ROOT.resolve(KafkaInitScript.PATH)))
                .as("%s is out of date: ./gongkai kafka init-script > %s", KafkaInitScript.PATH, KafkaInitScript.PATH)
                .isEqualTo(KafkaInitScript.render());
    }

    @Test
    void eachPrincipalGetsALoginFromItsOwnVariableAndOnlyOpsGetsEverything() {
        String script = KafkaInitScript.render();
        assertThat(script).contains("login ingest-service \"$INGEST_SERVICE_KAFKA_PASSWORD\"")
                .contains("allow User:scraper --topic gongkai.reports.raw.v1 --operation Write --operation Describe\n")
                .contains("allow User:validation-service --topic gongkai-validation- --resource-pattern-type prefixed --operation Create")
                .contains("allow User:ops --topic '*' --operation All\n")
                .doesNotContainPattern("User:(?!ops)[a-z-]+ --(topic|group) '\\*'");
    }
}
