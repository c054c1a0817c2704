package org.alongside.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alongside.learning.LearningCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public directory as JSON, for a charity's own website or app: the same filters, paging,
 * order and public fields as the directory pages, through the same {@link DirectorySearch}. Every
 * answer is {@code no-store}: a supporter who unpublishes must not live on in a cache.
 */
@Path("v1/directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Certified peer supporters who chose to be listed, with only the fields each chose to show.")
public class DirectoryResource {

    /**
     * One page of the directory; {@code page} is the page actually given, counted from 1. When
     * {@code totalExact} is false, a broad search stopped counting early: {@code total} and
     * {@code pageCount} are then at least what there is, and there is always a next page.
     */
    @Schema(name = "DirectoryResults")
    public record Results(List<PublicProfile> profiles,
            @Schema(description = "How many supporters match; when totalExact is false, at least this many") long total,
            @Schema(description = "False when a broad search stopped counting early") boolean totalExact,
            int page, int pageSize,
            @Schema(description = "How many pages there are; when totalExact is false, at least this many") int pageCount) {
    }

    /** Why a request was refused: the parameter, what is wrong, and the values understood (if a list). */
    @Schema(name = "FilterProblem")
    public record Problem(String parameter, String message, List<String> allowed) {
    }

    @Schema(name = "DirectoryArea")
    public record Area(long id, String name) {
    }

    /** Everything one can filter by now. */
    @Schema(name = "DirectoryChoices")
    public record Choices(List<Area> areas, List<String> languages, List<String> regions, List<String> formats,
                          List<String> availability) {
    }

    /** Supporters per page unless asked otherwise, as on the directory page, and the most one may ask for. */
    static final int DEFAULT_SIZE = DirectoryFilters.PAGE_SIZE;
    static final int MAX_SIZE = 50;
    static final String MAX_PAGE = "999999999";

    @Inject
    DirectorySearch search;

    @Inject
    DirectoryService directory;

    @Inject
    LearningCalendar calendar;

    @GET
    @Operation(summary = "Search the directory",
            description = "Listed supporters matching every filter given, in today's order (it changes daily so no one is always "
                    + "first). Filters match only fields a supporter shows. A page past the last gives the last page; the "
                    + "answer's page says which. Values for area, language and region: GET /api/v1/directory/filters.")
    @APIResponse(responseCode = "200", description = "A page of listed supporters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Results.class)))
    @APIResponse(responseCode = "400", description = "A filter value that is not understood; the answer names the parameter and the values allowed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Problem.class)))
    public Response search(
            @Parameter(description = "Id of an area of lived experience (see /filters)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("area") String area,
            @Parameter(description = "How support is offered", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"IN_PERSON", "PHONE", "VIDEO", "TEXT"}))
            @QueryParam("format") String format,
            @Parameter(description = "A language from the configured list (see /filters); any case")
            @QueryParam("language") String language,
            @Parameter(description = "A region from the configured list (see /filters); any case")
            @QueryParam("region") String region,
            @Parameter(description = "When the supporter is usually free", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"WEEKDAY_DAYTIME", "WEEKDAY_EVENINGS", "WEEKENDS"}))
            @QueryParam("availability") String availability,
            @Parameter(description = "Words to find in shown names and bios (all must occur; taken literally, wildcards included; "
                    + "the first " + DirectoryQuery.MAX_WORDS + " words of at most " + DirectoryQuery.TEXT_MAX + " characters)")
            @QueryParam("q") String text,
            @Parameter(description = "Page number, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = MAX_PAGE, defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Supporters per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + MAX_SIZE, defaultValue = "" + DEFAULT_SIZE))
            @QueryParam("size") String size) {
        // The same reading of the filters as the directory page; where the page leaves an unknown value out
        // with a note, a program is better told plainly, so the API refuses the request instead.
        Map<Long, String> areas = currentAreas();
        Map<String, String> parameters = new HashMap<>();
        putIfGiven(parameters, "area", area);
        putIfGiven(parameters, "format", format);
        putIfGiven(parameters, "language", language);
        putIfGiven(parameters, "region", region);
        putIfGiven(parameters, "availability", availability);
        putIfGiven(parameters, "q", text);
        putIfGiven(parameters, "page", page);
        DirectoryFilters.Parsed parsed = DirectoryFilters.parse(parameters, areas, directory.languages(), directory.regions());
        if (!parsed.ignored().isEmpty()) {
            String parameter = parsed.ignored().get(0).parameter();
            return badRequest(parameter, allowed(parameter, areas));
        }
        int pageSize = DEFAULT_SIZE;
        if (size != null && !size.isBlank()) {
            pageSize = size.strip().matches("[0-9]{1,2}") ? Integer.parseInt(size.strip()) : 0;
            if (pageSize < 1 || pageSize > MAX_SIZE) {
                return badRequest("size", List.of());
            }
        }
        DirectoryQuery filters = parsed.query();
        DirectoryQuery query = new DirectoryQuery(filters.areaId(), filters.format(), filters.language(), filters.region(),
                filters.availability(), filters.text(), filters.page(), pageSize);
        DirectoryPage found = search.search(query, calendar.today());
        return noStore(Response.ok(new Results(found.profiles(), found.total(), found.exact(), found.page() + 1, found.pageSize(), found.pageCount())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One listed supporter", description = "Only the fields the supporter shows; 404 when they are not listed (now).")
    @APIResponse(responseCode = "200", description = "The supporter's public profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicProfile.class)))
    @APIResponse(responseCode = "404", description = "No listed supporter has this id")
    public Response profile(@Parameter(description = "The profile id from a search", schema = @Schema(type = SchemaType.INTEGER))
                            @PathParam("id") String id) {
        // Not a number is just another id nobody has: the answer must not tell the two apart.
        if (!id.matches("[0-9]{1,18}")) {
            return noStore(Response.status(Response.Status.NOT_FOUND));
        }
        return noStore(search.listedProfile(Long.parseLong(id), calendar.today())
                .map(Response::ok)
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)));
    }

    @GET
    @Path("filters")
    @Operation(summary = "The values one can filter by", description = "Current areas of lived experience with their ids, and the "
            + "languages, regions, formats and times understood by the search.")
    @APIResponse(responseCode = "200", description = "The filter values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Choices.class)))
    public Response choices() {
        List<Area> areas = currentAreas().entrySet().stream().map(e -> new Area(e.getKey(), e.getValue())).toList();
        return noStore(Response.ok(new Choices(areas, directory.languages(), directory.regions(), names(SupportFormat.values()),
                names(AvailabilitySlot.values()))));
    }

    private Map<Long, String> currentAreas() {
        Map<Long, String> areas = new LinkedHashMap<>();
        directory.currentAreas().forEach(area -> areas.put(area.getId(), area.getName()));
        return areas;
    }

    private static void putIfGiven(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private List<String> allowed(String parameter, Map<Long, String> areas) {
        switch (parameter) {
            case "area":
                return areas.keySet().stream().sorted().map(String::valueOf).toList();
            case "format":
                return names(SupportFormat.values());
            case "availability":
                return names(AvailabilitySlot.values());
            case "language":
                return directory.languages();
            case "region":
                return directory.regions();
            default:
                return List.of();
        }
    }

    private static Response badRequest(String parameter, List<String> allowed) {
        String message = allowed.isEmpty()
                ? parameter + " must be a whole number from 1 to " + ("size".equals(parameter) ? MAX_SIZE : MAX_PAGE)
                : parameter + " is not one of the values understood (see allowed)";
        return noStore(Response.status(Response.Status.BAD_REQUEST).entity(new Problem(parameter, message, allowed)));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static Response noStore(Response.ResponseBuilder response) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return response.cacheControl(noStore).build();
    }
}
