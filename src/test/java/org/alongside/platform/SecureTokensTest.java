package org.alongside.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureTokensTest {

    @Test
    void humanCodesAreGroupsOfFourUnambiguousCharacters() {
        String code = SecureTokens.newHumanCode(4);

        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    }

    @Test
    void codesAndLinkTokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(SecureTokens.newHumanCode(4))).isTrue();
            assertThat(seen.add(SecureTokens.newLinkToken())).isTrue();
        }
    }

    @Test
    void linkTokensAreUrlSafe() {
        assertThat(SecureTokens.newLinkToken()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void normalisingForgivesHowPeopleTypeCodes() {
        assertThat(SecureTokens.normaliseHumanCode(" 7kq2-m9xd 4rtb-jc8n ")).isEqualTo("7KQ2M9XD4RTBJC8N");
        assertThat(SecureTokens.normaliseHumanCode("O0-Il")).isEqualTo("0011");
        assertThat(SecureTokens.normaliseHumanCode(null)).isEmpty();
    }

    @Test
    void hashesWithSha256() {
        assertThat(SecureTokens.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
