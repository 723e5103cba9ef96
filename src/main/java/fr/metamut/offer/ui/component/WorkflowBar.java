package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.ui.Notifications;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferPermissions;
import fr.metamut.offer.service.OfferWorkflowService;
import java.util.EnumSet;

/**
 * The workflow buttons an offer's status and the user's role allow: submit (through its checklist),
 * take back as draft, withdraw for the lead; take for review, decide, reopen for coordinators.
 */
public class WorkflowBar extends HorizontalLayout {

    private final OfferWorkflowService workflow;
    private final AppUser me;
    private final SerializableSupplier<Boolean> unsavedChanges;
    private final SerializableConsumer<JointOffer> onMoved;
    private OfferStatus shownFor;
    private JointOffer current;

    public WorkflowBar(OfferWorkflowService workflow, AppUser me, SerializableSupplier<Boolean> unsavedChanges,
                       SerializableConsumer<JointOffer> onMoved) {
        this.workflow = workflow;
        this.me = me;
        this.unsavedChanges = unsavedChanges;
        this.onMoved = onMoved;
        setId("offer-actions");
    }

    /** Shows the buttons for the offer's status (rebuilt only when the status changed). */
    public void show(JointOffer offer) {
        current = offer;
        if (offer.getStatus() == shownFor) {
            return;
        }
        removeAll();
        Long id = offer.getId();
        OfferStatus s = offer.getStatus();
        shownFor = s;
        if (OfferPermissions.canSteer(me, offer)) {
            if (s == OfferStatus.BROUILLON) {
                Button submit = new Button(getTranslation("offer.action.submit"), click -> new SubmitDialog(current.content(),
                        unsavedChanges.get(), () -> submitted(workflow.submit(id))).open());
                submit.setId("offer-action-submit");
                add(submit);
            }
            if (s == OfferStatus.MODIFICATIONS_DEMANDEES) {
                add(action("offer-action-backToDraft", "offer.action.backToDraft", "offer.action.backToDraft.done",
                        () -> workflow.backToDraft(id)));
            }
            if (EnumSet.of(OfferStatus.BROUILLON, OfferStatus.SOUMISE, OfferStatus.EN_INSTRUCTION,
                    OfferStatus.MODIFICATIONS_DEMANDEES).contains(s)) {
                add(rationale("offer-action-withdraw", "offer.action.withdraw", false, r -> workflow.withdraw(id, r)));
            }
        }
        if (OfferPermissions.canReview(me)) {
            if (s == OfferStatus.SOUMISE) {
                add(action("offer-action-take", "offer.action.take", "offer.action.take.done", () -> workflow.takeForReview(id)));
            }
            if (s == OfferStatus.EN_INSTRUCTION) {
                add(rationale("offer-action-validate", "offer.action.validate", true, r -> workflow.decide(id, OfferStatus.VALIDEE, r)),
                        rationale("offer-action-requestChanges", "offer.action.requestChanges", true,
                                r -> workflow.decide(id, OfferStatus.MODIFICATIONS_DEMANDEES, r)),
                        rationale("offer-action-reject", "offer.action.reject", true, r -> workflow.decide(id, OfferStatus.REFUSEE, r)));
            }
            if (s.decided()) {
                add(rationale("offer-action-reopen", "offer.action.reopen", true, r -> workflow.reopen(id, r)));
            }
        }
        if (s == OfferStatus.VALIDEE && (OfferPermissions.canSteer(me, offer) || OfferPermissions.canReview(me))) {
            // a link, not a call: the action plan depends on offers, not the other way round
            Anchor generate = new Anchor("plan-actions?offre=" + id, getTranslation("offer.generateActions"));
            generate.setId("offer-generate-actions");
            add(generate);
        }
    }

    private void submitted(JointOffer offer) {
        moved(offer, offer.getStatus() == OfferStatus.EN_INSTRUCTION ? "offer.action.resubmit.done" : "offer.action.submit.done");
    }

    private void moved(JointOffer offer, String doneKey) {
        Notifications.success(getTranslation(doneKey));
        onMoved.accept(offer);
    }

    private Button action(String id, String labelKey, String doneKey, SerializableSupplier<JointOffer> call) {
        Button button = new Button(getTranslation(labelKey), click -> {
            JointOffer[] result = new JointOffer[1];
            if (Notifications.attempt(() -> result[0] = call.get())) {
                moved(result[0], doneKey);
            }
        });
        button.setId(id);
        return button;
    }

    private Button rationale(String id, String labelKey, boolean required, SerializableFunction<String, JointOffer> call) {
        String label = getTranslation(labelKey);
        // the toast names the move done: "Offre validée.", "Modifications demandées au porteur."...
        Button button = new Button(label, click -> new RationaleDialog(label, label, required,
                r -> moved(call.apply(r), labelKey + ".done")).open());
        button.setId(id);
        return button;
    }
}
