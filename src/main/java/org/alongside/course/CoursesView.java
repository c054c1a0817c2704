package org.alongside.course;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import org.alongside.web.Page;

/** Administrators see which course versions are live and every problem in the course files. */
@Named
@RequestScoped
public class CoursesView {

    @Inject
    CourseCatalog catalog;

    public Collection<CourseLibrary.Shelf> getShelves() {
        return catalog.shelves();
    }

    public String getLiveFolder() {
        return catalog.liveFolder().map(Object::toString).orElse(null);
    }

    public int lessonCount(Course course) {
        return course.modules().values().stream().mapToInt(m -> m.lessons().size()).sum();
    }

    public void recheck() {
        catalog.reload();
        Page.info("courses.rechecked");
    }
}
