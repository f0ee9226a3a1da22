package io.gongkai.validation;

import io.gongkai.platform.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidationServiceStartupIT extends ServiceStartupContract {
}
