package org.alongside.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.Page;

/**
 * The public directory at {@code /directory}: filters and free text from GET parameters, so any
 * search can be bookmarked, one page of listed supporters in today's order, and a note for each
 * filter value that was not understood.
 */
@Named
@RequestScoped
public class DirectoryView {

    private static final int EXCERPT = 220;

    @Inject
    DirectorySearch search;

    @Inject
    DirectoryService directory;

    @Inject
    LearningCalendar calendar;

    private Map<Long, String> areas;
    private DirectoryQuery query;
    private DirectoryPage result;
    private Map<String, String> chosen;

    public void load() {
        areas = directory.currentAreas().stream()
                .collect(Collectors.toMap(LivedExperienceArea::getId, LivedExperienceArea::getName, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> parameters = Page.request().getParameterMap().entrySet().stream()
                .filter(e -> e.getValue().length > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[0]));
        DirectoryFilters.Parsed parsed = DirectoryFilters.parse(parameters, areas, directory.languages(), directory.regions());
        parsed.ignored().forEach(ignored -> Page.warn(ignored.messageKey(), ignored.value()));
        query = parsed.query();
        chosen = Map.of("area", query.areaId() == null ? "" : query.areaId().toString(),
                "format", query.format() == null ? "" : query.format().name(),
                "language", query.language() == null ? "" : query.language(),
                "region", query.region() == null ? "" : query.region(),
                "availability", query.availability() == null ? "" : query.availability().name());
        result = search.search(query, calendar.today());
        if (result.page() < query.page()) {
            Page.warn("directory.filter.pastLastPage", query.page() + 1, result.pageCount());
        }
    }

    /** The address of another page of the same search. */
    public String pageLink(int zeroBasedPage) {
        StringJoiner parameters = new StringJoiner("&");
        add(parameters, "q", query.text());
        add(parameters, "area", query.areaId() == null ? null : query.areaId().toString());
        add(parameters, "format", query.format() == null ? null : query.format().name());
        add(parameters, "language", query.language());
        add(parameters, "region", query.region());
        add(parameters, "availability", query.availability() == null ? null : query.availability().name());
        if (zeroBasedPage > 0) {
            parameters.add("page=" + (zeroBasedPage + 1));
        }
        String path = Page.request().getContextPath() + "/directory";
        return parameters.length() == 0 ? path : path + "?" + parameters;
    }

    private static void add(StringJoiner parameters, String name, String value) {
        if (value != null && !value.isEmpty()) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** The start of a bio for the results list; the supporter's page shows all of it. */
    public String excerpt(String bio) {
        if (bio == null || bio.length() <= EXCERPT) {
            return bio;
        }
        int cut = bio.lastIndexOf(' ', EXCERPT);
        return bio.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).strip() + "…";
    }

    public boolean isFiltered() {
        return query.areaId() != null || query.format() != null || query.language() != null || query.region() != null
                || query.availability() != null || !query.text().isEmpty();
    }

    public DirectoryQuery getQuery() {
        return query;
    }

    public DirectoryPage getResult() {
        return result;
    }

    public Map<Long, String> getAreas() {
        return areas;
    }

    /*
     * The filters' choices as ready items, "any" first: the page is public and busy, and items
     * built from objects would cost two expressions evaluated for each of the sixty choices.
     */

    public List<SelectItem> getAreaChoices() {
        return choices(areas.entrySet().stream().map(area -> new SelectItem(area.getKey().toString(), area.getValue())).toList());
    }

    public List<SelectItem> getFormatChoices() {
        return choices(Stream.of(SupportFormat.values())
                .map(format -> new SelectItem(format.name(), Page.text("directory.format." + format.name()))).toList());
    }

    public List<SelectItem> getLanguageChoices() {
        return choices(directory.languages().stream().map(language -> new SelectItem(language, language)).toList());
    }

    public List<SelectItem> getRegionChoices() {
        return choices(directory.regions().stream().map(region -> new SelectItem(region, region)).toList());
    }

    public List<SelectItem> getAvailabilityChoices() {
        return choices(Stream.of(AvailabilitySlot.values())
                .map(slot -> new SelectItem(slot.name(), Page.text("directory.availability." + slot.name()))).toList());
    }

    private static List<SelectItem> choices(List<SelectItem> offered) {
        List<SelectItem> choices = new ArrayList<>(offered.size() + 1);
        choices.add(new SelectItem("", Page.text("directory.filter.any")));
        choices.addAll(offered);
        return choices;
    }

    /** For marking the chosen option of each select, by parameter name: the chosen value as text, or "". */
    public Map<String, String> getChosen() {
        return chosen;
    }
}
