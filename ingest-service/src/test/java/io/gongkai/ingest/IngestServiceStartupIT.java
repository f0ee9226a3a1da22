package io.gongkai.ingest;

import io.gongkai.platform.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestServiceStartupIT extends ServiceStartupContract {
}
