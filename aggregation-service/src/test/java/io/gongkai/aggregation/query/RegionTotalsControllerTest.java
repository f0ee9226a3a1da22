package io.gongkai.aggregation.query;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.List;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The HTTP contract: the totals JSON of docs/spec/cli.md, 404 without reports, 503 with Retry-After while not queryable. */
class RegionTotalsControllerTest {

    private static final RegionTotalsJson ZHEJIANG = new RegionTotalsJson("330000", "浙江省", "province", 2023, 3, 3, 0,
            59, 0, 2, 1, 0, null, null, List.of("330100", "330600"));
    private static final RegionTotalsJson GONGSHU = new RegionTotalsJson("330105", "拱墅区", "county", 2023, 1, 1, 0,
            39, 0, 0, 0, 0, new RegionTotalsJson.FiguresJson(70, 3, 5, 2, 1), new RegionTotalsJson.FiguresJson(31, 3, 5, 2, 1),
            List.of("330105008"));

    private final RegionTotalsLookup lookup = mock(RegionTotalsLookup.class);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RegionTotalsController(lookup)).build();

    @Test
    void totalsAreTheJsonOfTheTotalsCommand() throws Exception {
        when(lookup.totals("330000", 2023, false)).thenReturn(new Lookup.Found<>(ZHEJIANG));

        mvc.perform(get("/regions/330000/totals").param("year", "2023"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"region": "330000", "name": "浙江省", "level": "province", "year": 2023,
                         "reports": 3, "passed": 3, "violating": 0,
                         "received": 59, "carriedOver": 0, "carriedForward": 2, "reviewPending": 1, "suitPending": 0,
                         "children": ["330100", "330600"]}""", true));
    }

    @Test
    void areaFiguresAppearWhenTheRegionPublishedAnAreaReport() throws Exception {
        when(lookup.totals("330105", 2023, false)).thenReturn(new Lookup.Found<>(GONGSHU));

        mvc.perform(get("/regions/330105/totals").param("year", "2023"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"region": "330105", "level": "county", "reports": 1, "received": 39,
                         "areaReported": {"received": 70, "carriedOver": 3, "carriedForward": 5, "reviewPending": 2, "suitPending": 1},
                         "areaDifference": {"received": 31, "carriedOver": 3, "carriedForward": 5, "reviewPending": 2, "suitPending": 1}}"""));
    }

    @Test
    void forwardedQueryIsAnsweredLocally() throws Exception {
        when(lookup.totals("330000", 2023, true)).thenReturn(new Lookup.Found<>(ZHEJIANG));

        mvc.perform(get("/regions/330000/totals").param("year", "2023").header(RegionTotalsLookup.FORWARDED_HEADER, "10.0.0.2:8183"))
                .andExpect(status().isOk());
    }

    @Test
    void childrenAreAListOfTotals() throws Exception {
        when(lookup.children("330100", 2023)).thenReturn(new Lookup.Found<>(List.of(GONGSHU)));

        mvc.perform(get("/regions/330100/children").param("year", "2023"))
                .andExpect(status().isOk())
                .andExpect(content().json("[{\"region\": \"330105\", \"name\": \"拱墅区\", \"reports\": 1}]"));
    }

    @Test
    void regionYearWithoutReportsIsNotFound() throws Exception {
        when(lookup.totals("330000", 2019, false)).thenReturn(new Lookup.Missing<>("no reports for 330000:2019"));

        mvc.perform(get("/regions/330000/totals").param("year", "2019"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().json("{\"status\": 404, \"detail\": \"no reports for 330000:2019\"}"));
    }

    @Test
    void notQueryableIsServiceUnavailableWithRetryAfter() throws Exception {
        when(lookup.children("CN", 2023)).thenReturn(new Lookup.Unavailable<>("store region-tallies is not queryable"));

        mvc.perform(get("/regions/CN/children").param("year", "2023"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"));
    }

    @Test
    void yearIsRequired() throws Exception {
        mvc.perform(get("/regions/CN/totals")).andExpect(status().isBadRequest());
    }
}
