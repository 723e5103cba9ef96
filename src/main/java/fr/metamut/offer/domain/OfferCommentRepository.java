package fr.metamut.offer.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferCommentRepository extends JpaRepository<OfferComment, Long> {

    List<OfferComment> findByOfferIdOrderByIdAsc(Long offerId);
}
