package org.alongside.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.PagedList;

/** Coordinators' list of every certificate issued, newest first, with its status today. */
@Named
@ViewScoped
public class CertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificationService certification;

    @Inject
    LearningCalendar calendar;

    private final PagedList<Certificate> model = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return certification.count();
        }

        @Override
        public List<Certificate> page(int first, int pageSize) {
            return certification.newestFirst(first, pageSize);
        }
    }, Certificate::getId);

    public PagedList<Certificate> getModel() {
        return model;
    }

    public CertificateStatus status(Certificate certificate) {
        return certificate.status(calendar.today());
    }
}
