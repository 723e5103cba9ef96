package fr.metamut.swot.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SwotItemRepository extends JpaRepository<SwotItem, Long> {

    List<SwotItem> findAllByOrderByQuadrantAscPositionAsc();

    List<SwotItem> findByQuadrant(Quadrant quadrant);

    List<SwotItem> findByEvidencePartnershipId(Long partnershipId);
}
