package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReflectionStageTest {

    @Test
    void aDraftCountsOnlyUntilAVersionIsSent() {
        assertThat(ReflectionStage.of(ReflectionStage.NOT_STARTED, false)).isEqualTo(ReflectionStage.NOT_STARTED);
        assertThat(ReflectionStage.of(ReflectionStage.NOT_STARTED, true)).isEqualTo(ReflectionStage.DRAFT);
        assertThat(ReflectionStage.of(ReflectionStage.NEEDS_REVISION, true)).isEqualTo(ReflectionStage.NEEDS_REVISION);
        assertThat(ReflectionStage.of(ReflectionStage.WITH_TRAINER, false)).isEqualTo(ReflectionStage.WITH_TRAINER);
    }
}
