package io.gongkai.ingest;

import io.gongkai.platform.ServiceStartupContract;
import io.gongkai.schemas.Roles;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestServiceStartupIT extends ServiceStartupContract {

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(new Endpoint("POST", "/reports", Roles.SUBMITTER), Endpoint.anyToken("GET", "/v3/api-docs"));
    }
}
