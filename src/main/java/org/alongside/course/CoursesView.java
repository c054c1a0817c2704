package org.alongside.course;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import org.alongside.safety.SafeSharingCheck;
import org.alongside.safety.SafeSharingProblem;
import org.alongside.web.Page;

/**
 * Administrators see which course versions are live and every problem in the course files and in
 * the safe-sharing rules next to them.
 */
@Named
@RequestScoped
public class CoursesView {

    @Inject
    CourseCatalog catalog;

    @Inject
    SafeSharingCheck safeSharing;

    @Inject
    CourseReloads reloads;

    public Collection<CourseLibrary.Shelf> getShelves() {
        return catalog.shelves();
    }

    public String getLiveFolder() {
        return catalog.liveFolder().map(Object::toString).orElse(null);
    }

    public int lessonCount(Course course) {
        return course.modules().values().stream().mapToInt(m -> m.lessons().size()).sum();
    }

    /** Mistakes in the safe-sharing rules file; while there are any, the last good rules stay in force. */
    public List<SafeSharingProblem> getSafeSharingProblems() {
        return safeSharing.problems();
    }

    /** Redirect after POST: a reload or Back and Forward never run the check again unasked. */
    public String recheck() {
        reloads.everywhere();
        Page.infoAfterRedirect("courses.rechecked");
        return "/admin/courses.xhtml?faces-redirect=true";
    }
}
