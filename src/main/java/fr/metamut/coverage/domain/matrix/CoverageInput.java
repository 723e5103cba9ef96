package fr.metamut.coverage.domain.matrix;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the computation needs, detached from the database.
 *
 * @param departements département codes, in column order
 * @param services     catalogue services, in row order
 * @param offerings    who offers what where (the source of truth)
 * @param demand       survey demand (% of respondents) per service and département; a null département
 *                     means the whole region
 * @param operators    every operator by name, offering something or not: not computed with, but what the screens
 *                     showing the matrix offer to choose and link to, read with it so that a page load needs no query
 */
public record CoverageInput(List<Departement> departements, List<Service> services, List<Offer> offerings,
                            List<Demand> demand, List<Operator> operators) {

    public CoverageInput {
        departements = List.copyOf(departements);
        services = List.copyOf(services);
        offerings = List.copyOf(offerings);
        demand = List.copyOf(demand);
        operators = List.copyOf(operators);
    }

    /** A column: département code and name. */
    public record Departement(String code, String name) {
    }

    /** A row: a catalogue service with its family; {@code synthesis} when it is one of the report's 32 lines. */
    public record Service(long id, String code, String name, String family, int familyPosition, boolean synthesis) {
    }

    /** One operator offering one service in one département. */
    public record Offer(long operatorId, String operatorName, long serviceId, String departementCode) {
    }

    /** An operator of the catalogue. */
    public record Operator(long id, String code, String name) {
    }

    /** Survey demand for a service in a département (null = region). */
    public record Demand(long serviceId, @Nullable String departementCode, BigDecimal percent) {
    }
}
