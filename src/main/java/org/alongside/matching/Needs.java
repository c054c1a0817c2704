package org.alongside.matching;

import org.alongside.directory.SupportFormat;

/** What a request asks for, each part optional, as matching compares it with profiles. */
public record Needs(Long areaId, SupportFormat format, String language, String region, Long askedProfileId) {
}
