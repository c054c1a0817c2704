package org.alongside.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The instance header is there only when an instance name is configured (issue 17, several instances). */
class SecurityHeadersFilterTest {

    @Test
    void aNamedInstanceSaysWhoAnswered() throws Exception {
        assertEquals("b", headersFrom(" b ").get(SecurityHeadersFilter.INSTANCE_HEADER));
    }

    @Test
    void withoutANameNothingIsToldAboutTheSetup() throws Exception {
        Map<String, String> headers = headersFrom(" ");
        assertFalse(headers.containsKey(SecurityHeadersFilter.INSTANCE_HEADER));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    }

    private static Map<String, String> headersFrom(String instanceName) throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = proxy(HttpServletRequest.class, (method, arguments) -> switch (method) {
            case "getRequestURI" -> "/trainee/home.xhtml";
            case "isSecure" -> false;
            default -> null;
        });
        HttpServletResponse response = proxy(HttpServletResponse.class, (method, arguments) -> {
            if (method.equals("setHeader")) {
                headers.put((String) arguments[0], (String) arguments[1]);
            }
            return null;
        });
        FilterChain chain = (req, res) -> { };
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.instanceName = instanceName;
        filter.doFilter(request, response, chain);
        return headers;
    }

    private interface Answer {
        Object answer(String method, Object[] arguments);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, arguments) -> answer.answer(method.getName(), arguments)));
    }
}
