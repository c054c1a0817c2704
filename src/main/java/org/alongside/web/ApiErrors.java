package org.alongside.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error answer of the JSON API is JSON with its status, {@code {"status": 404, "message":
 * "Not Found"}}: an unknown address, a wrong method, a resource's own empty 404, and a failure
 * (500, logged here, no stack trace in the answer). Answers that already carry a body, such as
 * the directory's 400 with the allowed values, keep it.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable>, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    /** The body of an error answer. */
    public record ApiError(int status, String message) {
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException refused) {
            // Keeps what the refusal says besides its status, such as Allow on a 405.
            return Response.fromResponse(refused.getResponse()).entity(null).build();
        }
        LOG.log(Level.SEVERE, "The API failed to answer", failure);
        return Response.serverError().build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            response.setEntity(new ApiError(response.getStatus(), response.getStatusInfo().getReasonPhrase()),
                    null, MediaType.APPLICATION_JSON_TYPE);
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
