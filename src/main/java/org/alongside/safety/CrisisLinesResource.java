package org.alongside.safety;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The crisis signposting as JSON, for a charity's own website or app to show the same numbers the
 * portal shows. Public: it holds nothing about anyone.
 */
@Path("help/crisis-lines")
@RequestScoped
@Tag(name = "Safety")
public class CrisisLinesResource {

    @Inject
    HelpView help;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where to get help now", description = "The crisis lines configured in portal.crisis.lines, in order.")
    public List<CrisisLine> crisisLines() {
        return help.getLines();
    }
}
