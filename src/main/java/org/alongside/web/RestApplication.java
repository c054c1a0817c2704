package org.alongside.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's small public HTTP API under /api, described at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Alongside", version = "1", description = "Public endpoints of the Alongside peer supporter training portal."))
public class RestApplication extends Application {
}
