package io.gongkai.aggregation;

import io.gongkai.platform.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AggregationServiceStartupIT extends ServiceStartupContract {
}
