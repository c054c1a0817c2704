package org.alongside.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's small public HTTP API under /api, described at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Alongside", version = "1", description = "Public endpoints of the Alongside peer supporter training portal."))
public class RestApplication extends Application {

    /**
     * No generated WADL at /api/application.wadl: it names the server's JAX-RS implementation and
     * version, and /openapi already describes the API. Error answers keep their status and never
     * turn into the container's HTML error page ({@link ApiErrors} gives them a JSON body).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.response.setStatusOverSendError", true);
    }
}
