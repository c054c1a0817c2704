package org.alongside.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.alongside.identity.Role;
import org.junit.jupiter.api.Test;

class ErasureRulesTest {

    private static final EnumSet<Role> TRAINEE = EnumSet.of(Role.TRAINEE);
    private static final EnumSet<Role> TRAINER = EnumSet.of(Role.TRAINER);
    private static final EnumSet<Role> COORDINATOR = EnumSet.of(Role.COORDINATOR);
    private static final EnumSet<Role> ADMIN = EnumSet.of(Role.ADMIN);

    @Test
    void aCoordinatorErasesTraineesAndAnAdministratorErasesStaff() {
        assertThat(ErasureRules.mayCarryOut(COORDINATOR, true, false, TRAINEE)).isTrue();
        assertThat(ErasureRules.mayCarryOut(COORDINATOR, true, false, TRAINER)).isFalse();
        assertThat(ErasureRules.mayCarryOut(COORDINATOR, true, false, EnumSet.of(Role.TRAINEE, Role.TRAINER))).isFalse();
        assertThat(ErasureRules.mayCarryOut(ADMIN, true, false, TRAINER)).isTrue();
        assertThat(ErasureRules.mayCarryOut(ADMIN, true, false, COORDINATOR)).isTrue();
        assertThat(ErasureRules.mayCarryOut(ADMIN, true, false, TRAINEE)).as("a trainee's record is the coordinators' to review").isFalse();
        assertThat(ErasureRules.mayCarryOut(TRAINER, true, false, TRAINEE)).isFalse();
    }

    @Test
    void nobodyErasesTheirOwnAccountAndASwitchedOffAccountDecidesNothing() {
        assertThat(ErasureRules.mayCarryOut(ADMIN, true, true, ADMIN)).isFalse();
        assertThat(ErasureRules.mayCarryOut(COORDINATOR, false, false, TRAINEE)).isFalse();
    }

    @Test
    void theLastAdministratorStays() {
        assertThat(ErasureRules.leavesAnAdministrator(ADMIN, 1)).isFalse();
        assertThat(ErasureRules.leavesAnAdministrator(ADMIN, 2)).isTrue();
        assertThat(ErasureRules.leavesAnAdministrator(TRAINER, 1)).isTrue();
    }

    @Test
    void onlyCoordinatorsAndAdministratorsSeeTheQueue() {
        assertThat(ErasureRules.reviewsErasures(COORDINATOR)).isTrue();
        assertThat(ErasureRules.reviewsErasures(ADMIN)).isTrue();
        assertThat(ErasureRules.reviewsErasures(EnumSet.of(Role.TRAINER, Role.TRAINEE))).isFalse();
    }

    @Test
    void theNamesLeftOnOtherPeoplesRecordsNameNobody() {
        assertThat(ErasureRules.ERASED_SUPERVISOR).doesNotContainPattern("\\{|@");
        assertThat(ErasureRules.ERASED_OBSERVER).doesNotContainPattern("\\{|@");
        assertThat(ErasureRules.ERASED_SUPERVISOR.length()).isLessThanOrEqualTo(100);
    }
}
