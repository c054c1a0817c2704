package org.alongside.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checked text as HTML: findings marked where they were written, and nothing the person typed left unescaped. */
class SafeSharingHighlighterTest {

    private static SafeSharingRules rules;

    @BeforeAll
    static void loadTheShippedRules() {
        rules = SafeSharingRules.load(SafeSharingCheckTest.SHIPPED_RULES).rules().orElseThrow();
    }

    private static String highlighted(String text) {
        return SafeSharingHighlighter.toHtml(text, rules.check(text));
    }

    @Test
    void marksEachFindingInPlace() {
        assertThat(highlighted("At my lowest I was 6 stone and a size 6."))
                .isEqualTo("At my lowest I was <mark class=\"safe-sharing-flag\" data-rule=\"weight-numbers\">6 stone</mark>"
                        + " and a <mark class=\"safe-sharing-flag\" data-rule=\"clothing-sizes\">size 6</mark>.");
    }

    @Test
    void escapesEverythingThePersonTyped() {
        String html = highlighted("<script>alert('hi')</script> I took 30 tablets & \"more\" <b>then</b>");

        assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; I took "
                + "<mark class=\"safe-sharing-flag\" data-rule=\"dose-numbers\">30 tablets</mark>"
                + " &amp; &quot;more&quot; &lt;b&gt;then&lt;/b&gt;");
        assertThat(html).doesNotContain("<script", "<b>");
    }

    @Test
    void escapesMarkupInsideAFinding() {
        Finding finding = new Finding(0, 9, "<i>6</i>", "rule-with-\"quote\"", "Explanation.", "Suggestion.");

        assertThat(SafeSharingHighlighter.toHtml("<i>6</i>!", List.of(finding)))
                .isEqualTo("<mark class=\"safe-sharing-flag\" data-rule=\"rule-with-&quot;quote&quot;\">&lt;i&gt;6&lt;/i&gt;!</mark>");
    }

    @Test
    void keepsTextWithNoFindingsAsItIsApartFromEscaping() {
        assertThat(highlighted("I felt 10 times better.\nThen I rang 116 123.")).isEqualTo("I felt 10 times better.\nThen I rang 116 123.");
    }

    @Test
    void refusesFindingsThatOverlapOrFallOutsideTheText() {
        Finding first = new Finding(0, 5, "hello", "a", "A.", "A.");
        Finding overlapping = new Finding(3, 7, "lo th", "b", "B.", "B.");
        Finding outside = new Finding(8, 20, "", "c", "C.", "C.");

        assertThatThrownBy(() -> SafeSharingHighlighter.toHtml("hello there", List.of(first, overlapping)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafeSharingHighlighter.toHtml("hello there", List.of(outside)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
