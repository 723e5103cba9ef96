package fr.metamut.offer.service;

import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.JointOfferRepository;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.domain.OfferCommentedEvent;
import fr.metamut.offer.domain.OfferComment;
import fr.metamut.offer.domain.OfferCommentRepository;
import fr.metamut.security.service.AccountDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The discussion thread of an offer. {@code @username} mentions a person and {@code @OPERATOR_CODE}
 * an operator (its directors); each mentioned person is notified once (by {@link OfferNotifier}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class OfferCommentService {

    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9._\\-]+)");

    private final OfferCommentRepository comments;
    private final JointOfferRepository offers;
    private final CatalogService catalog;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public OfferCommentService(OfferCommentRepository comments, JointOfferRepository offers, CatalogService catalog,
                               AccountDirectory directory, CurrentUser currentUser, ApplicationEventPublisher events,
                               Clock clock) {
        this.comments = comments;
        this.offers = offers;
        this.catalog = catalog;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OfferComment> thread(Long offerId) {
        readable(offerId, false);
        return comments.findByOfferIdOrderByIdAsc(offerId);
    }

    public OfferComment post(Long offerId, @Nullable String text) {
        JointOffer offer = readable(offerId, true);
        if (text == null || text.isBlank()) {
            throw new UserFacingException("comment.error.empty");
        }
        if (text.strip().length() > OfferComment.TEXT_MAX_LENGTH) {
            throw new UserFacingException("offer.error.tooLong", OfferComment.TEXT_MAX_LENGTH);
        }
        AppUser me = currentUser.require();
        OfferComment comment = comments.save(new OfferComment(offer, me.getUsername(), me.getDisplayName(),
                text.strip(), Instant.now(clock)));
        Set<Long> operators = new HashSet<>();
        operators.add(offer.getLead().getId());
        offer.getPartners().forEach(partner -> operators.add(partner.getId()));
        events.publishEvent(new OfferCommentedEvent(offerId, offer.getTitle(), me.getUsername(), me.getDisplayName(),
                operators, mentions(text)));
        events.publishEvent(new OfferChangedEvent(OfferChangedEvent.topicOf(offerId) + "/comments"));
        return comment;
    }

    /** Usernames named by the mentions of a text: people directly, operators through their directors. */
    public Set<String> mentions(String text) {
        Set<String> usernames = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            directory.find(name).ifPresentOrElse(person -> usernames.add(person.username()), () ->
                    catalog.operators().stream()
                            .filter(o -> o.getCode().equalsIgnoreCase(name))
                            .map(Operator::getId).findFirst()
                            .ifPresent(id -> usernames.addAll(directory.directorsOf(Set.of(id)))));
        }
        return usernames;
    }

    private JointOffer readable(Long offerId, boolean toWrite) {
        AppUser me = currentUser.require();
        JointOffer offer = offers.findById(offerId).orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean allowed = toWrite ? OfferPermissions.canComment(me, offer) : OfferPermissions.canRead(me, offer);
        if (!allowed) {
            throw new AccessDeniedException("Discussion réservée aux participants");
        }
        return offer;
    }
}
