package org.alongside.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivacyNoticeViewTest {

    @Test
    void aConfiguredNoticeIsSplitIntoParagraphsAtBlankLines() {
        assertThat(PrivacyNoticeView.paragraphs("We hold your name.\n\nWe keep it\nfor a year.\r\n  \r\nAsk us.  "))
                .containsExactly("We hold your name.", "We keep it\nfor a year.", "Ask us.");
        assertThat(PrivacyNoticeView.paragraphs("")).isEmpty();
    }
}
