package no.laget.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.child.GuardianForm;
import no.laget.child.IdentityNumber;
import no.laget.family.internal.FamilyMembers;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.security.FamilySignIn;
import no.laget.platform.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Families for the family door's tests: a child with a synthetic number and a guardian with one, registered through
 * the real services by an employee, and a family login for MockMvc. The login post-processor puts the family's login
 * into the security context of the chain that serves the request: use it for {@code /familie} pages only. Whether a
 * family login can reach an employee page is a question for real sessions (cookies), not for this shortcut.
 */
public class FamilyFixtures {

    public static final String ASSURANCE_HIGH = "idporten-loa-high";

    private final Children children;
    private final FamilyMembers members;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;

    FamilyFixtures(Children children, FamilyMembers members, UserDetailsService accounts, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.children = children;
        this.members = members;
        this.accounts = accounts;
    }

    /** A child and one guardian, with the numbers a family member would log in with. */
    public record Family(long childId, String childNumber, long guardianId, String guardianNumber) {}

    /** A child born on the day, served by the employee's unit, with a guardian who has (or has not) parental responsibility. */
    public Family childWithGuardian(String employee, LocalDate birthDate, boolean parentalResponsibility) {
        SignedInUser user = (SignedInUser) accounts.loadUserByUsername(employee);
        String familyName = TestChildren.familyName();
        for (int attempt = 0; attempt < 50; attempt++) {
            String childNumber = IdentityNumber.syntheticFor(birthDate,
                    ThreadLocalRandom.current().nextInt(1000)).value();
            if (jdbc.sql("select exists (select 1 from child where identity_number = ?)").param(childNumber)
                    .query(Boolean.class).single()) {
                continue; // another test's child: registering it again would hand back that child
            }
            Long childId = children.register(user, ChildForm.withNumber(childNumber, "Ola", familyName,
                    birthDate.toString(), "", birthDate.isAfter(LocalDate.of(2020, 1, 1)) ? birthDate.toString()
                            : "2020-01-01", "Går hos oss")).servedChildId();
            if (childId == null) {
                continue; // taken between the check and the registration: a claim, not a child
            }
            String guardianNumber = guardianNumber();
            long guardianId = children.addGuardian(user, childId, new GuardianForm("Foresatt " + familyName,
                    guardianNumber, "", "", String.valueOf(parentalResponsibility)));
            return new Family(childId, childNumber, guardianId, guardianNumber);
        }
        throw new IllegalStateException("No free synthetic number for " + birthDate);
    }

    /** Another guardian of the same child. */
    public String addGuardian(String employee, long childId, boolean parentalResponsibility) {
        SignedInUser user = (SignedInUser) accounts.loadUserByUsername(employee);
        String number = guardianNumber();
        children.addGuardian(user, childId, new GuardianForm("Foresatt " + TestChildren.familyName(), number, "", "",
                String.valueOf(parentalResponsibility)));
        return number;
    }

    /** The member a login with this number becomes. */
    public FamilyMember member(String identityNumber) {
        return members.signIn(identityNumber, ASSURANCE_HIGH);
    }

    /** Signs a MockMvc request in as this family member (for /familie pages). */
    public RequestPostProcessor as(String identityNumber) {
        return authentication(new FamilySignIn(member(identityNumber)));
    }

    private static String guardianNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1970 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return IdentityNumber.syntheticFor(born, random.nextInt(500)).value();
    }
}
