package org.alongside.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxy = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8 ::1");

    @Test
    void withoutTrustedProxiesTheSocketAddressIsTheClient() {
        assertThat(TrustedProxies.parse("").clientAddress("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
        assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(proxy.clientAddress("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void anyoneElseCannotChooseTheirOwnAddress() {
        assertThat(proxy.clientAddress("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
    }

    @Test
    void theLeftPartIsWhatTheClientSentSoTheNearestUntrustedHopCounts() {
        // The client sent "X-Forwarded-For: 1.2.3.4" itself; nginx appended its real address.
        assertThat(proxy.clientAddress("127.0.0.1", List.of("1.2.3.4, 203.0.113.9"))).isEqualTo("203.0.113.9");
        // Two proxies of ours in a row: the balancer (10.1.2.3) passed it to nginx on loopback.
        assertThat(proxy.clientAddress("127.0.0.1", List.of("1.2.3.4, 203.0.113.9, 10.1.2.3"))).isEqualTo("203.0.113.9");
        // The same, as two header lines.
        assertThat(proxy.clientAddress("127.0.0.1", List.of("1.2.3.4, 203.0.113.9", "10.1.2.3"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aMalformedHopEndsTheWalk() {
        assertThat(proxy.clientAddress("127.0.0.1", List.of("203.0.113.9, not-an-address"))).isEqualTo("127.0.0.1");
        assertThat(proxy.clientAddress("127.0.0.1", List.of("unknown, 10.1.2.3"))).isEqualTo("10.1.2.3");
        assertThat(proxy.clientAddress("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void portsAndIpv6AreUnderstood() {
        assertThat(proxy.clientAddress("::1", List.of("[2001:db8::7]:4711"))).isEqualTo("2001:db8::7");
        assertThat(proxy.clientAddress("0:0:0:0:0:0:0:1", List.of("203.0.113.9:443"))).isEqualTo("203.0.113.9");
        assertThat(proxy.clientAddress("::1", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
    }

    @Test
    void networksMatchByPrefix() {
        TrustedProxies networks = TrustedProxies.parse("192.168.4.0/22,2001:db8:abcd::/48");
        assertThat(networks.trusts("192.168.7.255")).isTrue();
        assertThat(networks.trusts("192.168.8.0")).isFalse();
        assertThat(networks.trusts("2001:db8:abcd:12::1")).isTrue();
        assertThat(networks.trusts("2001:db8:abce::1")).isFalse();
        assertThat(networks.trusts("localhost")).as("never a DNS name").isFalse();
    }

    @Test
    void httpsCountsOnlyFromATrustedProxy() {
        assertThat(proxy.secure("127.0.0.1", false, "https")).isTrue();
        assertThat(proxy.secure("127.0.0.1", false, "HTTPS, http")).isTrue();
        assertThat(proxy.secure("127.0.0.1", false, "http")).isFalse();
        assertThat(proxy.secure("198.51.100.4", false, "https")).isFalse();
        assertThat(proxy.secure("198.51.100.4", true, null)).isTrue();
    }

    @Test
    void aWrongEntryIsNamed() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, proxy.internal"))
                .hasMessageContaining("\"proxy.internal\"");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("0 to 32");
    }
}
