package fr.metamut.offer.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JointOfferRepository extends JpaRepository<JointOffer, Long> {

    @Query("select distinct o from JointOffer o order by o.id desc")
    List<JointOffer> findAllNewestFirst();

    List<JointOffer> findByStatus(OfferStatus status);
}
