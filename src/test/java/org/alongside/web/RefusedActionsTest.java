package org.alongside.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.alongside.platform.ActionRefused;
import org.junit.jupiter.api.Test;

class RefusedActionsTest {

    @Test
    void aRefusalIsFoundBehindTheWrappersAnActionsExceptionArrivesIn() {
        ActionRefused refusal = new ActionRefused("cohort.full");
        Exception wrapped = new FacesException(new ELException(new EJBException(refusal)));

        assertThat(RefusedActions.refusalIn(wrapped)).containsSame(refusal);
        assertThat(RefusedActions.refusalIn(refusal)).containsSame(refusal);
    }

    @Test
    void aRefusalCausedByAnythingElseIsAFailureForTheErrorPages() {
        Exception failure = new FacesException(new IllegalStateException(new ActionRefused("cohort.full")));

        assertThat(RefusedActions.refusalIn(failure)).isEmpty();
        assertThat(RefusedActions.refusalIn(new FacesException(new NullPointerException()))).isEmpty();
    }

    @Test
    void aRefusalAboutOneInputNamesIt() {
        ActionRefused refusal = ActionRefused.onField("code", "secondFactor.codeWrong");

        assertThat(refusal.field()).isEqualTo("code");
        assertThat(refusal.is("secondFactor.codeWrong")).isTrue();
        assertThat(new ActionRefused("cohort.full", 3).arguments()).containsExactly(3);
    }
}
