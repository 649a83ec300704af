package se.sodertalje.euportal.externalnetwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.externalnetwork.NetworkViews.ListItem;
import se.sodertalje.euportal.externalnetwork.NetworkViews.MeetingView;
import se.sodertalje.euportal.externalnetwork.NetworkViews.MemberView;
import se.sodertalje.euportal.externalnetwork.NetworkViews.View;
import se.sodertalje.euportal.organisation.Unit;

/** External networks: kept by the International Office (advisors, admins), read by every signed-in user. NETWORK-001: name taken. */
@ApplicationScoped
public class NetworkService {

    @Inject
    EntityManager em;

    @Inject
    HistoryReader historyReader;

    @Inject
    Clock clock;

    public List<ListItem> list() {
        return ExternalNetwork.<ExternalNetwork>list("order by lower(name)").stream().map(n -> {
            Object[] log = em.createQuery("select count(m), max(m.heldOn) from NetworkMeeting m where m.networkId = :n",
                    Object[].class).setParameter("n", n.id).getSingleResult();
            return new ListItem(n.id, n.name, n.website, n.members.size(), ((Number) log[0]).longValue(), (LocalDate) log[1]);
        }).toList();
    }

    public View get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public View create(NetworkRequest request) {
        ExternalNetwork network = new ExternalNetwork();
        network.id = UUID.randomUUID();
        network.createdAt = clock.instant();
        apply(network, request);
        network.persist();
        em.flush();
        return view(network);
    }

    @Transactional
    public View update(UUID id, String ifMatch, NetworkRequest request) {
        ExternalNetwork network = find(id);
        ETags.requireMatch(ifMatch, network.version);
        apply(network, request);
        em.flush();
        return view(network);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        ExternalNetwork network = find(id);
        ETags.requireMatch(ifMatch, network.version);
        NetworkMeeting.<NetworkMeeting>list("networkId", network.id).forEach(NetworkMeeting::delete);
        network.delete();
    }

    private static void apply(ExternalNetwork network, NetworkRequest request) {
        String name = request.name().trim();
        if (ExternalNetwork.count("lower(name) = ?1 and id <> ?2", name.toLowerCase(), network.id) > 0) {
            throw ApiProblem.conflict(ProblemCode.NETWORK_001, "There is a network of this name already",
                    new FieldError("name", "is another network's name", ProblemCode.NETWORK_001));
        }
        List<NetworkMember> members = request.members() == null ? List.of() : request.members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).unitId() != null && Unit.findById(members.get(i).unitId()) == null) {
                throw ApiProblem.invalid("members[" + i + "].unitId", "no such unit", ProblemCode.EXISTS);
            }
        }
        network.name = name;
        network.description = Text.blankToNull(request.description());
        network.website = Text.blankToNull(request.website());
        network.members = new ArrayList<>(members);
    }

    @Transactional
    public MeetingView addMeeting(UUID networkId, MeetingRequest request) {
        ExternalNetwork network = find(networkId);
        NetworkMeeting meeting = new NetworkMeeting();
        meeting.id = UUID.randomUUID();
        meeting.networkId = network.id;
        meeting.createdAt = clock.instant();
        apply(meeting, request);
        meeting.persist();
        em.flush();
        return view(meeting);
    }

    @Transactional
    public MeetingView updateMeeting(UUID networkId, UUID meetingId, String ifMatch, MeetingRequest request) {
        NetworkMeeting meeting = meeting(networkId, meetingId);
        ETags.requireMatch(ifMatch, meeting.version);
        apply(meeting, request);
        em.flush();
        return view(meeting);
    }

    @Transactional
    public void deleteMeeting(UUID networkId, UUID meetingId, String ifMatch) {
        NetworkMeeting meeting = meeting(networkId, meetingId);
        ETags.requireMatch(ifMatch, meeting.version);
        meeting.delete();
    }

    private static void apply(NetworkMeeting meeting, MeetingRequest request) {
        meeting.heldOn = request.heldOn();
        meeting.title = request.title().trim();
        meeting.place = Text.blankToNull(request.place());
        meeting.broughtBack = Text.blankToNull(request.broughtBack());
    }

    public List<HistoryEntry> history(UUID id) {
        ExternalNetwork network = find(id);
        return historyReader.historyWithChildren(ExternalNetwork.class, network.id, NetworkService::snapshot,
                NetworkMeeting.class, "external_network_meeting_aud", "network_id", NetworkService::snapshot);
    }

    private static Map<String, Object> snapshot(ExternalNetwork n) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", n.name);
        values.put("description", n.description);
        values.put("website", n.website);
        values.put("members", n.members);
        return values;
    }

    private static Map<String, Object> snapshot(NetworkMeeting m) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("meeting", m.id);
        values.put("heldOn", m.heldOn);
        values.put("title", m.title);
        values.put("place", m.place);
        values.put("broughtBack", m.broughtBack);
        return values;
    }

    ExternalNetwork find(UUID id) {
        ExternalNetwork network = ExternalNetwork.findById(id);
        if (network == null) {
            throw ApiProblem.notFound("Network " + id);
        }
        return network;
    }

    private NetworkMeeting meeting(UUID networkId, UUID meetingId) {
        NetworkMeeting meeting = NetworkMeeting.findById(meetingId);
        if (meeting == null || !meeting.networkId.equals(networkId)) {
            throw ApiProblem.notFound("Meeting " + meetingId);
        }
        return meeting;
    }

    private static MeetingView view(NetworkMeeting m) {
        return new MeetingView(m.id, m.heldOn, m.title, m.place, m.broughtBack, m.version);
    }

    View view(ExternalNetwork n) {
        List<MemberView> members = n.members.stream().map(m -> {
            Unit unit = m.unitId() == null ? null : Unit.findById(m.unitId());
            return new MemberView(m.name(), m.unitId(), unit == null ? null : unit.name, m.role(), m.email());
        }).toList();
        List<MeetingView> meetings = NetworkMeeting.<NetworkMeeting>list("networkId = ?1 order by heldOn desc, id", n.id)
                .stream().map(NetworkService::view).toList();
        return new View(n.id, n.name, n.description, n.website, members, meetings, n.version);
    }
}
