package fr.metamut.security.domain;

import fr.metamut.base.domain.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findAllByOrderByUsername();

    long countByRoleAndEnabledTrue(Role role);

    /** Every account's name, disabled ones included, in one query (the operators are not loaded). */
    @Query("select new fr.metamut.security.domain.AccountName(a.username, a.displayName) from UserAccount a")
    List<AccountName> findAllNames();
}
