package org.alongside.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The proxies (a load balancer, nginx terminating TLS) whose word the portal takes for who the
 * client is and whether it used HTTPS. Only a request whose socket comes from one of them may set
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto}; anyone else could otherwise pick their own
 * address and step around every per-address limit. Plain Java, so unit tests reach it.
 */
public final class TrustedProxies {

    /** One address or network, e.g. {@code 10.0.0.7}, {@code 10.0.0.0/8} or {@code ::1}. */
    private record Network(byte[] address, int prefixBits) {

        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (candidate[whole] & mask) == (address[whole] & mask);
        }
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = networks;
    }

    /**
     * Parses the setting: addresses and networks separated by commas or spaces. Only literal IP
     * addresses: a host name would make each request wait on DNS and trust whatever it answers.
     *
     * @throws IllegalArgumentException naming the entry that is not an address or network
     */
    public static TrustedProxies parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        List<Network> networks = new ArrayList<>();
        for (String entry : setting.strip().split("[,\\s]+")) {
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            byte[] address = literal(host).orElseThrow(() -> new IllegalArgumentException(
                    "portal.proxy.trusted-addresses: \"" + entry + "\" is not an IP address or network (such as 10.0.0.0/8)"));
            int bits = address.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("portal.proxy.trusted-addresses: \"" + entry + "\" has a network size outside 0 to " + bits);
                }
            }
            networks.add(new Network(address, prefix));
        }
        return new TrustedProxies(List.copyOf(networks));
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    public boolean trusts(String address) {
        return literal(address).map(bytes -> networks.stream().anyMatch(network -> network.contains(bytes))).orElse(false);
    }

    /**
     * The client's address: the socket's, unless the socket is a trusted proxy; then the nearest
     * address in {@code X-Forwarded-For} that is not itself a trusted proxy, read from the right
     * (the left part is whatever the client chose to send). A malformed entry ends the walk there.
     */
    public String clientAddress(String socketAddress, List<String> forwardedForHeaders) {
        if (!trusts(socketAddress) || forwardedForHeaders.isEmpty()) {
            return socketAddress;
        }
        List<String> hops = forwardedForHeaders.stream().flatMap(header -> Arrays.stream(header.split(","))).map(String::strip).toList();
        String client = socketAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = withoutPort(hops.get(i));
            if (literal(hop).isEmpty()) {
                break;
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return client;
    }

    /** Whether the client used HTTPS: the socket did, or a trusted proxy says so in {@code X-Forwarded-Proto}. */
    public boolean secure(String socketAddress, boolean socketSecure, String forwardedProto) {
        if (socketSecure) {
            return true;
        }
        if (forwardedProto == null || !trusts(socketAddress)) {
            return false;
        }
        // A chain of proxies may list one scheme per hop; the first is the client's.
        return forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }

    /** {@code [2001:db8::1]:443} and {@code 192.0.2.1:443} as some proxies write them, without the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon >= 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** The bytes of a literal IPv4 or IPv6 address, never a DNS lookup. */
    private static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9A-Fa-f:.%]+") || !(text.contains(".") || text.contains(":"))) {
            return Optional.empty();
        }
        if (text.contains(".") && !text.contains(":") && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }
}
