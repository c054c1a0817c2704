package org.alongside.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RequestLimitsFilterTest {

    /**
     * Each error page of web.xml, opened directly (a bookmark, a link), answers with an error
     * status, not 200: the filter must know every one of them. A page that only one status code
     * leads to answers with that code.
     */
    @Test
    void everyErrorPageOfWebXmlAnswersWithItsStatusWhenOpenedDirectly() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("src/main/webapp/WEB-INF/web.xml"));
        NodeList errorPages = webXml.getElementsByTagName("error-page");
        Map<String, TreeSet<Integer>> codesByPage = new HashMap<>();
        for (int i = 0; i < errorPages.getLength(); i++) {
            Element page = (Element) errorPages.item(i);
            String location = page.getElementsByTagName("location").item(0).getTextContent().trim();
            TreeSet<Integer> codes = codesByPage.computeIfAbsent(location, key -> new TreeSet<>());
            NodeList code = page.getElementsByTagName("error-code");
            if (code.getLength() > 0) {
                codes.add(Integer.valueOf(code.item(0).getTextContent().trim()));
            }
        }
        assertThat(codesByPage).containsKey("/error/too-many-requests.xhtml");
        assertThat(RequestLimitsFilter.ERROR_PAGES).containsOnlyKeys(codesByPage.keySet());
        codesByPage.forEach((location, codes) -> {
            if (codes.size() == 1) {
                assertThat(RequestLimitsFilter.ERROR_PAGES.get(location)).as(location).isEqualTo(codes.first());
            } else {
                assertThat(RequestLimitsFilter.ERROR_PAGES.get(location)).as(location).isBetween(400, 599);
            }
        });
    }

    @Test
    void aFormFromAnotherSitesPageIsRefusedAndEverythingElsePasses() {
        assertThat(RequestLimitsFilter.fromAnotherSite("POST", "cross-site")).isTrue();
        assertThat(RequestLimitsFilter.fromAnotherSite("POST", "same-site")).as("a sibling subdomain is another origin").isTrue();
        assertThat(RequestLimitsFilter.fromAnotherSite("PUT", "cross-site")).isTrue();
        assertThat(RequestLimitsFilter.fromAnotherSite("POST", "same-origin")).isFalse();
        assertThat(RequestLimitsFilter.fromAnotherSite("POST", "none")).as("typed or bookmarked by the person").isFalse();
        assertThat(RequestLimitsFilter.fromAnotherSite("POST", null)).as("not a browser").isFalse();
        assertThat(RequestLimitsFilter.fromAnotherSite("GET", "cross-site")).as("a link from another site").isFalse();
        assertThat(RequestLimitsFilter.fromAnotherSite("HEAD", "cross-site")).isFalse();
    }
}
