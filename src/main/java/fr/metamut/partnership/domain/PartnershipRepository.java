package fr.metamut.partnership.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    List<Partnership> findAllByOrderByNameAscIdAsc();
}
