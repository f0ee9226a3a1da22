package io.gongkai.cli;

import io.gongkai.localstack.LocalStack;
import io.gongkai.schemas.KafkaPrincipals;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * On a secured local stack, a SASL/SCRAM login for every {@link KafkaPrincipals principal} (a fresh random password
 * each) and the ACLs that table grants: Kafka as production runs it, for the end-to-end test and the ACL matrix.
 */
final class KafkaLogins {

    private final LocalStack stack;
    private final Map<KafkaPrincipals, String> passwords;

    private KafkaLogins(LocalStack stack, Map<KafkaPrincipals, String> passwords) {
        this.stack = stack;
        this.passwords = passwords;
    }

    /** Creates each principal's login and every ACL on {@code stack}, which must have been started secured. */
    static KafkaLogins grant(LocalStack stack) {
        KafkaLogins logins = new KafkaLogins(stack, newPasswords());
        logins.passwords.forEach((principal, password) -> stack.addKafkaUser(principal.user(), password));
        try (Admin admin = Admin.create(stack.adminConfig())) {
            admin.createAcls(KafkaPrincipals.allAcls()).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the ACLs", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the ACLs", e);
        }
        return logins;
    }

    /** Logins with fresh passwords that someone else — {@code deploy/kafka-init.sh} — is to create on {@code stack}. */
    static KafkaLogins toCreate(LocalStack stack) {
        return new KafkaLogins(stack, newPasswords());
    }

    private static Map<KafkaPrincipals, String> newPasswords() {
        Map<KafkaPrincipals, String> passwords = new EnumMap<>(KafkaPrincipals.class);
        SecureRandom random = new SecureRandom();
        for (KafkaPrincipals principal : KafkaPrincipals.values()) {
            byte[] password = new byte[18];
            random.nextBytes(password);
            passwords.put(principal, HexFormat.of().formatHex(password));
        }
        return passwords;
    }

    /** Each principal's password in the variable the deployment gives it ({@link KafkaPrincipals#passwordVariable()}). */
    Map<String, String> passwordVariables() {
        Map<String, String> variables = new HashMap<>();
        passwords.forEach((principal, password) -> variables.put(principal.passwordVariable(), password));
        return variables;
    }

    /** How a Kafka client connects as {@code principal}: bootstrap servers and its SASL login. */
    Map<String, Object> clientConfig(KafkaPrincipals principal) {
        return stack.kafkaClientConfig(principal.user(), passwords.get(principal));
    }

    /**
     * The environment that makes a Spring Boot service log in as {@code principal}: each client setting as
     * {@code SPRING_KAFKA_PROPERTIES_*}, which every producer, consumer, admin and Streams client of the service
     * takes — in the environment, not on the command line, where any user's {@code ps} would show the password.
     */
    Map<String, String> serviceEnvironment(KafkaPrincipals principal) {
        Map<String, String> environment = new HashMap<>();
        clientConfig(principal).forEach((name, value) -> {
            if (!name.equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
                environment.put("SPRING_KAFKA_PROPERTIES_" + name.toUpperCase(Locale.ROOT).replace('.', '_'), value.toString());
            }
        });
        return environment;
    }
}
