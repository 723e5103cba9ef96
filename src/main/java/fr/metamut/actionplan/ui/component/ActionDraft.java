package fr.metamut.actionplan.ui.component;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.GapOption;
import fr.metamut.actionplan.service.LinkOption;
import fr.metamut.catalog.domain.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What the action dialog edits: the action's values with the objects its fields show. */
public class ActionDraft {

    private Long id;
    private long version;
    private String title = "";
    private String description = "";
    private Operator owner;
    private Set<Operator> contributors = new HashSet<>();
    private LocalDate dueDate;
    private ActionStatus status = ActionStatus.A_FAIRE;
    private ActionPriority priority = ActionPriority.MOYENNE;
    private Integer progress = 0;
    private String indicatorName = "";
    private BigDecimal indicatorTarget;
    private BigDecimal indicatorCurrent;
    private LinkOption offer;
    private LinkOption swotItem;
    private GapOption gap;

    /** A new action, owned by {@code owner} (a director's operator; {@code null} lets a coordinator choose). */
    public static ActionDraft newAction(Operator owner) {
        ActionDraft draft = new ActionDraft();
        draft.owner = owner;
        return draft;
    }

    /** An existing action; its links are taken from the options when they are there, built from the row otherwise. */
    public static ActionDraft of(ActionRow row, Map<Long, Operator> operators, ActionDialog.Options options) {
        ActionDraft draft = new ActionDraft();
        draft.id = row.id();
        draft.version = row.version();
        draft.title = row.title();
        draft.description = Objects.requireNonNullElse(row.description(), "");
        draft.owner = operators.get(row.owner().id());
        draft.contributors = row.contributorIds().stream().map(operators::get).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        draft.dueDate = row.dueDate();
        draft.status = row.status();
        draft.priority = row.priority();
        draft.progress = row.progress();
        draft.indicatorName = Objects.requireNonNullElse(row.indicator().name(), "");
        draft.indicatorTarget = row.indicator().target();
        draft.indicatorCurrent = row.indicator().current();
        ActionRow.Links links = row.links();
        if (links.offerId() != null) {
            draft.offer = options.offers().stream().filter(o -> o.id().equals(links.offerId())).findFirst()
                    .orElse(new LinkOption(links.offerId(), links.offerTitle()));
        }
        if (links.swotItemId() != null) {
            draft.swotItem = options.swotItems().stream().filter(o -> o.id().equals(links.swotItemId())).findFirst()
                    .orElse(new LinkOption(links.swotItemId(), links.swotItemTitle()));
        }
        if (links.hasGap()) {
            draft.gap = options.gaps().stream().filter(g -> g.serviceCode().equals(links.gapServiceCode())
                            && g.departementCode().equals(links.gapDepartementCode())).findFirst()
                    .orElse(new GapOption(links.gapServiceCode(), links.gapServiceName(), links.gapDepartementCode(), ""));
        }
        return draft;
    }

    public ActionContent toContent() {
        return new ActionContent(title, description, owner == null ? null : owner.getId(),
                contributors.stream().map(Operator::getId).collect(Collectors.toSet()), dueDate, status, priority, progress,
                indicatorName, indicatorTarget, indicatorCurrent, offer == null ? null : offer.id(),
                swotItem == null ? null : swotItem.id(), gap == null ? null : gap.serviceCode(),
                gap == null ? null : gap.departementCode());
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description.strip();
    }

    public Operator getOwner() {
        return owner;
    }

    public void setOwner(Operator owner) {
        this.owner = owner;
    }

    public Set<Operator> getContributors() {
        return contributors;
    }

    public void setContributors(Set<Operator> contributors) {
        this.contributors = contributors == null ? new HashSet<>() : new HashSet<>(contributors);
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public ActionPriority getPriority() {
        return priority;
    }

    public void setPriority(ActionPriority priority) {
        this.priority = priority;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getIndicatorName() {
        return indicatorName;
    }

    public void setIndicatorName(String indicatorName) {
        this.indicatorName = indicatorName == null ? "" : indicatorName.strip();
    }

    public BigDecimal getIndicatorTarget() {
        return indicatorTarget;
    }

    public void setIndicatorTarget(BigDecimal indicatorTarget) {
        this.indicatorTarget = indicatorTarget;
    }

    public BigDecimal getIndicatorCurrent() {
        return indicatorCurrent;
    }

    public void setIndicatorCurrent(BigDecimal indicatorCurrent) {
        this.indicatorCurrent = indicatorCurrent;
    }

    public LinkOption getOffer() {
        return offer;
    }

    public void setOffer(LinkOption offer) {
        this.offer = offer;
    }

    public LinkOption getSwotItem() {
        return swotItem;
    }

    public void setSwotItem(LinkOption swotItem) {
        this.swotItem = swotItem;
    }

    public GapOption getGap() {
        return gap;
    }

    public void setGap(GapOption gap) {
        this.gap = gap;
    }
}
