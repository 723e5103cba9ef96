package fr.metamut.offer.service;

import fr.metamut.coverage.domain.matrix.CellState;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.JointOffer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** The coverage cells a joint offer may address: today's gaps and doublons, and those it already names. */
@Service
public class AddressableCells {

    private final CoverageService coverage;

    public AddressableCells(CoverageService coverage) {
        this.coverage = coverage;
    }

    public List<AddressedCell> of(JointOffer offer) {
        List<AddressedCell> cells = new ArrayList<>();
        CoverageMatrix matrix = coverage.matrix();
        for (CoverageRow row : matrix.rows()) {
            for (CoverageInput.Departement d : matrix.departements()) {
                CellState state = row.cell(d.code()).state();
                if (state == CellState.GAP || state == CellState.DOUBLON) {
                    cells.add(new AddressedCell(row.service().code(), d.code(),
                            state == CellState.GAP ? AddressedCell.Kind.GAP : AddressedCell.Kind.DOUBLON));
                }
            }
        }
        cells.addAll(offer.getAddressedCells().stream().filter(c -> !cells.contains(c)).toList());
        return cells;
    }
}
