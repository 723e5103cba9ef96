package fr.metamut.offer.service;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns the ids of an offer's content into the catalogue's entities, for the offer to hold them. */
@Component
public class OfferEntities {

    private final CatalogService catalog;

    public OfferEntities(CatalogService catalog) {
        this.catalog = catalog;
    }

    Operator operator(Long operatorId) {
        return catalog.operators().stream().filter(o -> o.getId().equals(operatorId))
                .findFirst().orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    void apply(JointOffer offer, OfferContent content, String savedBy) {
        Map<Long, Operator> operators = catalog.operators().stream().collect(Collectors.toMap(Operator::getId, o -> o));
        Map<Long, ServiceLine> services = catalog.services().stream().collect(Collectors.toMap(ServiceLine::getId, s -> s));
        Map<String, Departement> departements = catalog.departements().stream()
                .collect(Collectors.toMap(Departement::getCode, d -> d));
        offer.apply(content, resolve(content.partnerIds(), operators::get), resolve(content.serviceIds(), services::get),
                resolve(content.departementCodes(), departements::get), savedBy);
    }

    private static <K, V> List<V> resolve(Set<K> keys, Function<K, V> lookup) {
        List<V> values = new ArrayList<>();
        for (K key : keys) {
            V value = lookup.apply(key);
            if (value == null) {
                throw new UserFacingException("error.notFound");
            }
            values.add(value);
        }
        return values;
    }
}
