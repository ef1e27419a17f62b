package org.jointacceptance.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.RealisticEvents;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.CompletionFilingIssued;
import org.jointacceptance.messaging.acceptance.DeadlineWarning;
import org.jointacceptance.messaging.acceptance.DepartmentFinding;
import org.jointacceptance.messaging.acceptance.DueDateChanged;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.IntakeRefusal;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.messaging.acceptance.OwedMaterialDue;
import org.jointacceptance.messaging.acceptance.OwedMaterialOverdue;
import org.jointacceptance.messaging.acceptance.RectificationDeadlineChanged;
import org.jointacceptance.messaging.acceptance.RectificationSubmitted;
import org.jointacceptance.messaging.acceptance.RectifiedFinding;
import org.jointacceptance.messaging.acceptance.ResultCorrected;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureKind;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.jointacceptance.notification.notice.DailyDigest;
import org.jointacceptance.notification.notice.Language;
import org.jointacceptance.notification.notice.Notice;
import org.jointacceptance.notification.notice.NoticeTemplates;
import org.jointacceptance.notification.notice.NoticeType;
import org.junit.jupiter.api.Test;

/**
 * Every notice has its template in every language, and each reads as what it is: the templates rendered with the
 * events the contract is checked with (messaging's RealisticEvents) and a day's digest, and with every decision,
 * outcome and level.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class NoticeTemplatesTest {

    private static final String PROJECT = "Haiwan Residences Phase II";
    private static final String SECTION = "Section 1: towers 1# and 2#";
    private static final DailyDigest DIGEST = new DailyDigest(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 10),
            List.of(new DailyDigest.DueApplication(UUID.randomUUID(), PROJECT, LocalDate.of(2025, 9, 25))),
            List.of(new DailyDigest.DueApplication(UUID.randomUUID(), "Xinghai Bay Office Tower",
                    LocalDate.of(2025, 9, 29))),
            List.of(new DailyDigest.DueApplication(UUID.randomUUID(), "Lianhe Plaza", LocalDate.of(2025, 10, 9))),
            null);
    private static final Applicant HAIWAN = new Applicant("91210200MA0QC8K63J", "Dalian Haiwan Construction Co., Ltd.",
            "Wang Li", "+86 411 8888 0000", "wang.li@haiwan.example");

    /** What events carry as codes or logins, which notices show by name instead. */
    private static final Set<String> NAMED_FOR_READERS = Set.of("department", "departments", "inspector",
            "coordinator");
    /** What events carry in English only where they also carry it in Chinese: not for a Chinese notice to say. */
    private static final Set<String> ENGLISH_ONLY = Set.of("IntakeDecided.missingMaterials", "IntakeDecided.reason",
            "IntakeMaterial.name", "OwedMaterialDue.materialName", "OwedMaterialOverdue.materialName",
            "Finding.item", "DepartmentFinding.item", "RectifiedFinding.item");
    /** What events carry in Chinese only where they also carry it in English: not for an English notice to say. */
    private static final Set<String> CHINESE_ONLY = Set.of("IntakeMaterial.nameZh", "OwedMaterialDue.materialNameZh",
            "OwedMaterialOverdue.materialNameZh", "Finding.itemZh", "DepartmentFinding.itemZh",
            "RectifiedFinding.itemZh");

    @Inject
    NoticeTemplates templates;

    @Test
    void every_notice_renders_in_every_language_with_the_facts_of_its_event() {
        Set<NoticeType> rendered = EnumSet.noneOf(NoticeType.class);
        List<Record> events = new ArrayList<>(RealisticEvents.fullyPopulated());
        events.add(DIGEST);
        for (Record event : events) {
            NoticeType.ofEventType(EventCodec.typeOf(event)).ifPresent(type -> {
                for (Language language : Language.values()) {
                    Notice notice = render(event, language, "applicant:" + RealisticEvents.APPLICANT.creditCode());
                    assertThat(notice.subject()).as("%s in %s", type, language).isNotBlank().doesNotContain("\n");
                    assertThat(notice.subject() + "\n" + notice.body()).as("%s in %s", type, language)
                            .doesNotContain("null", "NOT_FOUND").contains(facts(event, language));
                }
                rendered.add(type);
            });
        }
        assertThat(rendered).as("a realistic event for every notice type").containsExactlyInAnyOrder(NoticeType.values());
    }

    @Test
    void a_chinese_notice_has_no_word_of_english_and_an_english_one_no_chinese_but_what_its_event_supplied() {
        List<Record> events = new ArrayList<>(RealisticEvents.fullyPopulated());
        events.addAll(RealisticEvents.withOnlyTheRequiredFields());
        events.add(DIGEST);
        events.add(new IntakeDecided(RealisticEvents.APPLICATION, "2102022024-0117", PROJECT, HAIWAN,
                IntakeOutcome.NOT_ACCEPTED, "District 210299 is outside the jurisdiction of this window", null,
                List.of(), false, null, null, List.of(), IntakeRefusal.OUTSIDE_JURISDICTION));
        for (Record event : events) {
            if (NoticeType.ofEventType(EventCodec.typeOf(event)).isEmpty()) {
                continue;
            }
            List<String> forChinese = supplied(event, ENGLISH_ONLY);
            List<String> forEnglish = supplied(event, CHINESE_ONLY);
            for (String recipient : List.of("applicant:" + RealisticEvents.APPLICANT.creditCode(), "coordinator",
                    "supervisor")) {
                Notice chinese = render(event, Language.ZH_CN, recipient);
                String own = withoutAll(chinese.subject() + "\n" + chinese.body(), forChinese);
                assertThat(own).as("%s in Chinese, without what the event supplied", EventCodec.typeOf(event))
                        .doesNotContainPattern("[A-Za-z]").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
                Notice english = render(event, Language.EN, recipient);
                assertThat(withoutAll(english.subject() + "\n" + english.body(), forEnglish))
                        .as("%s in English, without what the event supplied", EventCodec.typeOf(event))
                        .doesNotContainPattern("\\p{IsHan}");
            }
        }
    }

    /**
     * The text a notice's template wrote itself: without what the event supplied, without addresses (the portal's
     * verification page) and the one term of art both languages write alike, SHA-256.
     */
    private static String withoutAll(String text, List<String> supplied) {
        String own = text.replace(PROJECT, "").replaceAll("https?://\\S+", "").replace("SHA-256", "");
        for (String piece : supplied) {
            own = own.replace(piece, "");
        }
        return own;
    }

    @Test
    void notices_of_events_with_only_their_required_fields_still_read_well() {
        for (Record event : RealisticEvents.withOnlyTheRequiredFields()) {
            if (NoticeType.ofEventType(EventCodec.typeOf(event)).isPresent()) {
                for (Language language : Language.values()) {
                    Notice notice = render(event, language, "coordinator");
                    assertThat(notice.subject()).as("%s in %s", EventCodec.typeOf(event), language).isNotBlank();
                    assertThat(notice.subject() + notice.body()).as("%s in %s", EventCodec.typeOf(event), language)
                            .doesNotContain("null", "NOT_FOUND");
                }
            }
        }
    }

    @Test
    void each_intake_outcome_is_told_for_what_it_is() {
        UUID application = UUID.randomUUID();
        LocalDate due = LocalDate.of(2025, 10, 24);
        List<String> missing = List.of("Fire protection test report", "Completion survey drawings");
        IntakeDecided accepted = new IntakeDecided(application, "2102022024-0117", PROJECT, HAIWAN,
                IntakeOutcome.ACCEPTED, null, due, List.of(), false, "DL-SQ-2025-000042", "K7QM3XPA");
        assertSubjects(accepted, "Application accepted: " + PROJECT, "申请已受理：" + PROJECT);
        assertThat(render(accepted, Language.ZH_CN, "applicant:" + HAIWAN.creditCode()).body())
                .contains("受理编号：DL-SQ-2025-000042，查询码：K7QM3XPA");
        assertThat(render(accepted, Language.EN, "applicant:" + HAIWAN.creditCode()).body())
                .contains("Application number DL-SQ-2025-000042, lookup code K7QM3XPA");
        assertSubjects(new IntakeDecided(application, "2102022024-0117", PROJECT, HAIWAN,
                IntakeOutcome.ACCEPTED_WITH_TOLERANCE, "Non-key materials may follow within 5 working days", due,
                missing), "Application accepted with tolerance: " + PROJECT, "申请已容缺受理：" + PROJECT);
        IntakeDecided correction = new IntakeDecided(application, "2102022024-0117", PROJECT, HAIWAN,
                IntakeOutcome.CORRECTION_REQUIRED, null, null, missing);
        assertSubjects(correction, "Correction required: " + PROJECT, "请补正材料：" + PROJECT);
        assertThat(render(correction, Language.ZH_CN, "applicant:" + HAIWAN.creditCode()).body())
                .contains("一次性补正", "- Fire protection test report", "- Completion survey drawings");
        IntakeDecided notAccepted = new IntakeDecided(application, null, PROJECT, HAIWAN, IntakeOutcome.NOT_ACCEPTED,
                "District 210299 is outside the jurisdiction of this window", null, List.of(), false, null, null,
                List.of(), IntakeRefusal.OUTSIDE_JURISDICTION);
        assertSubjects(notAccepted, "Application not accepted: " + PROJECT, "申请不予受理：" + PROJECT);
        assertThat(render(notAccepted, Language.ZH_CN, "applicant:" + HAIWAN.creditCode()).body())
                .contains("理由：项目所在区不属本窗口受理范围。");
        assertThat(render(notAccepted, Language.EN, "applicant:" + HAIWAN.creditCode()).body())
                .contains("Reason: the project's district is outside the area this window serves.");
    }

    @Test
    void each_section_decision_is_told_for_what_it_is() {
        UUID application = UUID.randomUUID();
        assertSubjects(new SectionDecided(application, UUID.randomUUID(), SECTION, 1, SectionDecision.ACCEPTED,
                PROJECT, HAIWAN, List.of(), List.of(), null),
                "Section accepted: '" + SECTION + "' of " + PROJECT, "分段验收通过：" + PROJECT + "「" + SECTION + "」");
        SectionDecided notice = new SectionDecided(application, UUID.randomUUID(), SECTION, 1,
                SectionDecision.RECTIFICATION_REQUIRED, PROJECT, HAIWAN, List.of(new DepartmentFinding("fire",
                        "Fire installations testing report", "消防设施检测报告", "The testing report does not cover the basement garage", true,
                        "Have the garage fire installations tested, file the report")), List.of(),
                LocalDate.of(2025, 11, 7));
        assertSubjects(notice, "Rectification notice: '" + SECTION + "' of " + PROJECT,
                "整改通知：" + PROJECT + "「" + SECTION + "」");
        assertThat(render(notice, Language.ZH_CN, "applicant:" + HAIWAN.creditCode()).body()).contains(
                "第 1 轮验收发现以下问题", "- 【消防】The testing report does not cover the basement garage",
                "整改要求：Have the garage fire installations tested, file the report", "请于2025年11月7日前");
        assertThat(render(notice, Language.EN, "applicant:" + HAIWAN.creditCode()).body())
                .contains("rectify and resubmit by 7 November 2025");
        assertSubjects(new SectionDecided(application, UUID.randomUUID(), SECTION, 3, SectionDecision.REJECTED,
                PROJECT, HAIWAN, List.of(), List.of("Findings still open after 3 rounds"), null),
                "Section rejected: '" + SECTION + "' of " + PROJECT, "分段验收不通过：" + PROJECT + "「" + SECTION + "」");
    }

    @Test
    void each_deadline_warning_is_told_for_what_it_is_and_an_overdue_one_escalates_to_the_supervisor() {
        UUID application = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 3, 3);
        assertSubjects(new DeadlineWarning(application, PROJECT, null, null, 0, DeadlineWarning.Level.YELLOW, due, 3),
                "Due soon (3 working days): " + PROJECT, "即将到期（剩余 3 个工作日）：" + PROJECT);
        assertSubjects(new DeadlineWarning(application, PROJECT, null, null, 0, DeadlineWarning.Level.RED, due, 0),
                "Due today: " + PROJECT, "今日到期：" + PROJECT);
        DeadlineWarning overdue = new DeadlineWarning(application, PROJECT, UUID.randomUUID(), "fire", 2,
                DeadlineWarning.Level.OVERDUE, due, 0);
        assertSubjects(overdue, "Overdue since 3 March 2026: " + PROJECT, "已逾期（2026年3月3日到期）：" + PROJECT);
        assertThat(render(overdue, Language.EN, "supervisor").subject())
                .isEqualTo("Escalation: Overdue since 3 March 2026: " + PROJECT);
        assertThat(render(overdue, Language.ZH_CN, "supervisor").subject())
                .isEqualTo("督办：已逾期（2026年3月3日到期）：" + PROJECT);
        assertThat(render(overdue, Language.ZH_CN, "coordinator").body()).contains("消防部门第 2 轮验收", "已逾期");

        DeadlineWarning key = new DeadlineWarning(application, PROJECT, null, null, 0, DeadlineWarning.Level.YELLOW,
                due, 2, false, true);
        assertThat(render(key, Language.ZH_CN, "supervisor").subject())
                .isEqualTo("督办：【重点项目】即将到期（剩余 2 个工作日）：" + PROJECT);
        assertThat(render(key, Language.EN, "coordinator").subject())
                .isEqualTo("Key project: Due soon (2 working days): " + PROJECT);
        assertThat(render(key, Language.ZH_CN, "coordinator").body()).contains("绿色通道重点项目");
    }

    @Test
    void a_digest_lists_what_is_overdue_due_today_and_due_soon_under_headings_of_its_own() {
        assertThat(render(DIGEST, Language.EN, "coordinator").subject())
                .isEqualTo("Daily digest 29 September 2025: 1 overdue, 1 due today, 1 due by 10 October 2025");
        assertThat(render(DIGEST, Language.ZH_CN, "coordinator").subject())
                .isEqualTo("每日待办2025年9月29日：已逾期 1 件，今日到期 1 件，2025年10月10日前到期 1 件");
        assertThat(render(DIGEST, Language.ZH_CN, "coordinator").body()).contains(
                "已逾期：\n- " + PROJECT + "：应于2025年9月25日办结", "今日到期：\n- Xinghai Bay Office Tower",
                "2025年10月10日前到期：\n- Lianhe Plaza：应于2025年10月9日办结");
        DailyDigest overdueOnly = new DailyDigest(DIGEST.day(), DIGEST.dueSoonUntil(), DIGEST.overdue(), List.of(),
                List.of(), null);
        assertThat(render(overdueOnly, Language.EN, "coordinator").body()).contains("Overdue:")
                .doesNotContain("Due today:", "Due by", "holiday arrangement");
    }

    @Test
    void a_digest_while_next_years_notice_is_awaited_says_which_year_and_how_many_applications_it_concerns() {
        DailyDigest awaiting = new DailyDigest(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 24), List.of(),
                List.of(), List.of(), new DailyDigest.AwaitedYear(2027, 4));

        assertThat(awaiting.worthTelling()).isTrue();
        assertThat(render(awaiting, Language.ZH_CN, "coordinator").body())
                .contains("2027年节假日安排尚未载入", "4 件在办申请的办结期限为暂定日期");
        assertThat(render(awaiting, Language.EN, "coordinator").body())
                .contains("2027's holiday arrangement is not loaded", "4 open application(s) have a provisional due date");
    }

    @Test
    void a_provisional_due_date_is_told_as_provisional() {
        UUID application = UUID.randomUUID();
        IntakeDecided accepted = new IntakeDecided(application, "2102022024-0117", PROJECT, HAIWAN,
                IntakeOutcome.ACCEPTED, null, LocalDate.of(2027, 1, 12), List.of(), true);
        DueDateChanged moved = new DueDateChanged(application, PROJECT, HAIWAN, LocalDate.of(2027, 1, 12),
                LocalDate.of(2027, 1, 11), 0, "2026.1,2027.1", "calendar 2027 now 2027.1", false);

        assertThat(render(accepted, Language.ZH_CN, "applicant").body())
                .contains("应于2027年1月12日前办结（暂定：该年度节假日安排尚未公布");
        assertThat(render(accepted, Language.EN, "applicant").body()).contains("due by 12 January 2027 (provisional:");
        assertThat(render(moved, Language.ZH_CN, "applicant").body()).contains("调整为2027年1月11日（原为2027年1月12日）")
                .doesNotContain("暂定");
        SectionDecided notice = new SectionDecided(application, UUID.randomUUID(), SECTION, 1,
                SectionDecision.RECTIFICATION_REQUIRED, PROJECT, HAIWAN, List.of(), List.of(), LocalDate.of(2027, 1, 18),
                true, "高健");
        assertThat(render(notice, Language.ZH_CN, "applicant").body()).contains("请于2027年1月18日前（暂定")
                .contains("签发人：高健");
        assertThat(render(notice, Language.EN, "applicant").body()).contains("by 18 January 2027 (provisional:")
                .contains("Signed for the lead center by 高健.");
        DeadlineWarning yellow = new DeadlineWarning(application, PROJECT, null, null, 0, DeadlineWarning.Level.YELLOW,
                LocalDate.of(2027, 1, 12), 3, true);
        assertThat(render(yellow, Language.ZH_CN, "coordinator").body()).contains("应于2027年1月12日前办结（暂定");
        InspectionRequested request = new InspectionRequested(application, UUID.randomUUID(), SECTION, "fire", 1,
                InspectionMode.ACCEPTANCE, null, PROJECT, null, null, LocalDate.of(2027, 1, 4), List.of(), List.of(),
                List.of(), true);
        assertThat(render(request, Language.ZH_CN, "department:fire").body()).contains("请于2027年1月4日（暂定）前");
    }

    @Test
    void a_site_visit_and_its_move_are_told_with_when_and_where() {
        UUID application = UUID.randomUUID();
        SiteVisitScheduled moved = new SiteVisitScheduled(UUID.randomUUID(), application, UUID.randomUUID(), SECTION,
                "fire", 1, LocalDate.of(2025, 10, 10), "09:30", "88 Renmin Road", "zhao.min",
                "The inspector is needed at a hearing", LocalDate.of(2025, 10, 9), "14:00", "赵敏");
        assertSubjects(new SiteVisitScheduled(UUID.randomUUID(), application, UUID.randomUUID(), SECTION, "fire", 1,
                LocalDate.of(2025, 10, 9), "14:00", "88 Renmin Road", "Zhao Min", null, null, null),
                "Site visit on 9 October 2025 14:00: Fire protection, " + PROJECT, "现场查验安排：2025年10月9日 14:00，消防，" + PROJECT);
        assertSubjects(moved, "Site visit moved to 10 October 2025 09:30: Fire protection, " + PROJECT,
                "现场查验改期至 2025年10月10日 09:30，消防，" + PROJECT);
        assertThat(render(moved, Language.ZH_CN, "applicant:" + HAIWAN.creditCode()).body())
                .contains("查验人员赵敏", "在 88 Renmin Road", "原定时间为2025年10月9日 14:00",
                        "原因：The inspector is needed at a hearing").doesNotContain("zhao.min");
    }

    @Test
    void a_department_learns_of_a_first_inspection_and_of_a_re_inspection_with_the_findings_to_re_check() {
        UUID application = UUID.randomUUID();
        InspectionRequested first = new InspectionRequested(application, UUID.randomUUID(), SECTION, "fire", 1,
                InspectionMode.FILING, "2102022024-0117", PROJECT, "88 Renmin Road", "210202",
                LocalDate.of(2025, 10, 14), List.of());
        assertSubjects(first, "Inspection requested, round 1: '" + SECTION + "' of " + PROJECT,
                "验收任务（第 1 轮）：" + PROJECT + "「" + SECTION + "」");
        assertThat(render(first, Language.EN, "department:fire").body())
                .contains("round 1, a filing, due by 14 October 2025").doesNotContain("Re-check");
        InspectionRequested again = new InspectionRequested(application, UUID.randomUUID(), SECTION, "fire", 2,
                InspectionMode.ACCEPTANCE, null, PROJECT, null, null, LocalDate.of(2025, 11, 20),
                List.of(new RectifiedFinding(1, "Automatic sprinklers", "自动喷水灭火系统",
                        "Sprinkler heads missing in zone B", "Install the heads", "Heads installed on 2025-11-03", List.of()),
                        new RectifiedFinding(1, "Fire alarm", null, "Alarm panel not connected", null, null, List.of())));
        assertThat(render(again, Language.EN, "department:fire").body()).contains("an acceptance inspection",
                "- [round 1] Automatic sprinklers: Sprinkler heads missing in zone B Required: Install the heads "
                        + "Answer: Heads installed on 2025-11-03")
                .doesNotContain("自动喷水灭火系统");
        assertThat(render(again, Language.ZH_CN, "department:fire").body()).contains("请于2025年11月20日前",
                "第 2 轮验收", "仅复查", "- [第 1 轮] 自动喷水灭火系统：Sprinkler heads missing in zone B",
                "整改说明：Heads installed on 2025-11-03", "- [第 1 轮] Fire alarm：Alarm panel not connected")
                .as("the Chinese name where there is one, the English one where there is none")
                .doesNotContain("Automatic sprinklers");
    }

    @Test
    void a_department_added_is_told_an_inspection_comes_and_one_withdrawn_to_stop_work() {
        UUID application = UUID.randomUUID();
        RoutingChanged added = new RoutingChanged(application, UUID.randomUUID(), SECTION, "civil-air-defense", 1,
                RoutingChanged.Change.ADDED, "The basement became a shelter", "chen.jing", "Chen Jing");
        RoutingChanged withdrawn = new RoutingChanged(application, UUID.randomUUID(), SECTION, "meteorology", 1,
                RoutingChanged.Change.WITHDRAWN, "Below the height that needs lightning protection", null);
        assertSubjects(added, "Department added: Civil air defense, '" + SECTION + "' of " + PROJECT,
                "新增验收部门：人防，" + PROJECT + "「" + SECTION + "」");
        assertSubjects(withdrawn, "Department withdrawn: Meteorology (lightning protection), '" + SECTION + "' of " + PROJECT,
                "撤回验收部门：气象（防雷），" + PROJECT + "「" + SECTION + "」");
        assertThat(render(added, Language.EN, "department:civil-air-defense").body())
                .contains("Coordinator Chen Jing added", "receives a new inspection request");
        assertThat(render(withdrawn, Language.EN, "department:meteorology").body())
                .contains("A coordinator withdrew", "stops its work on this round");
        assertThat(render(withdrawn, Language.ZH_CN, "department:meteorology").body()).contains("停止该轮的验收工作");
    }

    @Test
    void a_special_procedure_is_told_as_the_clock_stopping_and_running_again() {
        UUID application = UUID.randomUUID();
        SpecialProcedureOpened opened = new SpecialProcedureOpened(UUID.randomUUID(), UUID.randomUUID(), application,
                UUID.randomUUID(), "fire", 1, SpecialProcedureKind.HEARING, "Neighbours object to the fire lane",
                LocalDate.of(2025, 9, 29), 5, LocalDate.of(2025, 10, 13));
        assertSubjects(opened, "Clock stopped for a hearing by Fire protection: " + PROJECT, "暂停计时（消防部门听证）：" + PROJECT);
        assertThat(render(opened, Language.ZH_CN, "applicant:" + HAIWAN.creditCode()).body()).contains(
                "所需时间不计入办理期限", "自2025年9月29日起暂停计时", "预计需要 5 个工作日，至2025年10月13日");
        SpecialProcedureClosed closed = new SpecialProcedureClosed(opened.procedureId(), opened.inspectionId(),
                application, opened.sectionId(), "fire", 1, SpecialProcedureKind.EXPERT_REVIEW,
                LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 10), 3, null);
        assertSubjects(closed, "Clock runs again, expert review by Fire protection closed: " + PROJECT,
                "恢复计时（消防部门专家评审已结束）：" + PROJECT);
        assertThat(render(closed, Language.EN, "coordinator").body()).contains("on 10 October 2025.",
                "The 3 working days it stood still do not count");
    }

    private void assertSubjects(Record event, String english, String chinese) {
        String recipient = "applicant:" + HAIWAN.creditCode();
        assertThat(render(event, Language.EN, recipient).subject()).isEqualTo(english);
        assertThat(render(event, Language.ZH_CN, recipient).subject()).isEqualTo(chinese);
    }

    private Notice render(Record event, Language language, String recipient) {
        return templates.render(NoticeType.of(event), language,
                Map.of("event", event, "recipient", recipient, "projectName", PROJECT));
    }

    /** What a notice of {@code event} must say in {@code language}: its dates and departments as that reader writes them. */
    private static String[] facts(Record event, Language language) {
        List<String> facts = new ArrayList<>();
        if (event instanceof IntakeDecided intake) {
            facts.addAll(List.of(intake.projectName(), day(intake.dueDate(), language)));
            if (language == Language.ZH_CN && !intake.materials().isEmpty()) {
                intake.materials().forEach(material -> facts.add(material.nameZh()));
            } else {
                facts.addAll(intake.missingMaterials());
            }
        } else if (event instanceof SectionDecided decision) {
            facts.addAll(List.of(decision.projectName(), decision.sectionName()));
            facts.addAll(decision.reasons());
        } else if (event instanceof OpinionIssued opinion) {
            facts.addAll(List.of(opinion.number(), opinion.digest(), day(opinion.issuedOn(), language)));
        } else if (event instanceof CompletionFilingIssued filing) {
            facts.addAll(List.of(filing.number(), day(filing.issuedOn(), language)));
            facts.addAll(filing.opinionNumbers());
        } else if (event instanceof DueDateChanged change) {
            facts.addAll(List.of(day(change.dueDate(), language), day(change.previousDueDate(), language),
                    change.reason()));
        } else if (event instanceof RectificationDeadlineChanged change) {
            facts.addAll(List.of(change.projectName(), change.sectionName(), day(change.rectifyBy(), language),
                    day(change.previousRectifyBy(), language), change.reason()));
        } else if (event instanceof DeadlineWarning warning) {
            facts.addAll(List.of(warning.projectName(), day(warning.dueDate(), language),
                    department(warning.department(), language)));
        } else if (event instanceof DailyDigest digest) {
            facts.addAll(List.of(day(digest.day(), language), day(digest.dueSoonUntil(), language)));
            for (List<DailyDigest.DueApplication> applications : List.of(digest.overdue(), digest.dueToday(),
                    digest.dueSoon())) {
                applications.forEach(application -> facts.add(application.projectName()));
            }
        } else if (event instanceof SiteVisitScheduled visit) {
            facts.addAll(List.of(day(visit.date(), language), visit.time(), visit.address(), visit.inspectorName(),
                    day(visit.previousDate(), language), visit.reason()));
        } else if (event instanceof InspectionRequested request) {
            facts.addAll(List.of(request.projectName(), request.sectionName(), day(request.dueDate(), language),
                    request.address()));
            request.rectifiedFindings().forEach(finding -> facts.addAll(List.of(finding.description(),
                    finding.requiredAction(), finding.answer())));
        } else if (event instanceof RectificationSubmitted rectification) {
            facts.addAll(List.of(rectification.sectionName(), PROJECT, String.valueOf(rectification.round())));
            rectification.departments().forEach(department -> facts.add(department(department, language)));
        } else if (event instanceof RoutingChanged change) {
            facts.addAll(List.of(department(change.department(), language), change.sectionName(), PROJECT,
                    change.reason(),
                    change.coordinatorName()));
        } else if (event instanceof SpecialProcedureOpened procedure) {
            facts.addAll(List.of(department(procedure.department(), language), PROJECT, procedure.reason(),
                    day(procedure.openedOn(), language), day(procedure.expectedEnd(), language),
                    String.valueOf(procedure.expectedWorkingDays())));
        } else if (event instanceof SpecialProcedureClosed procedure) {
            facts.addAll(List.of(department(procedure.department(), language), PROJECT,
                    day(procedure.openedOn(), language), day(procedure.closedOn(), language), procedure.outcome(),
                    String.valueOf(procedure.pausedWorkingDays())));
        } else if (event instanceof OwedMaterialDue due) {
            facts.addAll(List.of(due.projectName(), day(due.promisedBy(), language)));
            facts.addAll(language == Language.ZH_CN ? List.of(due.materialNameZh())
                    : List.of(due.materialName(), due.materialType()));
        } else if (event instanceof OwedMaterialOverdue overdue) {
            facts.addAll(List.of(overdue.projectName(), day(overdue.promisedBy(), language)));
            facts.addAll(language == Language.ZH_CN ? List.of(overdue.materialNameZh())
                    : List.of(overdue.materialName(), overdue.materialType()));
        } else if (event instanceof ResultCorrected correction) {
            facts.addAll(List.of(correction.projectName(), correction.sectionName(), correction.correctionReason(),
                    department(correction.department(), language)));
        } else if (event instanceof ResultQuestioned question) {
            facts.addAll(List.of(question.projectName(), question.sectionName(), question.question(),
                    question.leadName(), department(question.department(), language)));
        } else if (event instanceof JointVisitProposed proposed) {
            facts.addAll(List.of(proposed.projectName(), proposed.sectionName(), day(proposed.date(), language),
                    proposed.time(), proposed.meetingPoint(), day(proposed.previousDate(), language),
                    proposed.reason()));
            proposed.departments().forEach(department -> facts.add(department(department, language)));
        } else if (event instanceof JointVisitFixed fixed) {
            facts.addAll(List.of(fixed.projectName(), fixed.sectionName(), day(fixed.date(), language), fixed.time(),
                    fixed.meetingPoint(), day(fixed.previousDate(), language)));
            fixed.departments().forEach(department -> facts.add(department(department, language)));
        } else if (event instanceof ApplicationTerminated termination) {
            facts.addAll(List.of(termination.projectName(), termination.reason(), termination.coordinatorName()));
        } else {
            throw new IllegalArgumentException("No facts known for " + EventCodec.typeOf(event));
        }
        return facts.toArray(String[]::new);
    }

    /** A date as a reader of {@code language} writes it. */
    private static String day(LocalDate date, Language language) {
        return language == Language.ZH_CN ? DateTimeFormatter.ofPattern("yyyy年M月d日").format(date)
                : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date);
    }

    /** The city's name of a department, as the readers of {@code language} know it. */
    private static String department(String code, Language language) {
        return Map.of("quality", List.of("质量监督", "Quality supervision"), "planning", List.of("规划", "Planning"),
                "land", List.of("土地", "Land"), "fire", List.of("消防", "Fire protection"),
                "civil-air-defense", List.of("人防", "Civil air defense"),
                "meteorology", List.of("气象（防雷）", "Meteorology (lightning protection)"),
                "archives", List.of("城建档案", "City archives"))
                .get(code).get(language == Language.ZH_CN ? 0 : 1);
    }

    /**
     * Every piece of text the event itself carries (names people typed, numbers, codes shown as codes), but the
     * department codes and people's logins, which a reader is to see named: what a notice may say in another script
     * than its own.
     */
    private static List<String> supplied(Record event, Set<String> inTheOtherLanguage) {
        return supplied(event, inTheOtherLanguage, new ArrayList<>()).stream().filter(text -> !text.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static List<String> supplied(Object value, Set<String> inTheOtherLanguage, List<String> texts) {
        if (value instanceof String text) {
            texts.add(text);
        } else if (value instanceof UUID id) {
            texts.add(id.toString());
        } else if (value instanceof Collection<?> values) {
            values.forEach(element -> supplied(element, inTheOtherLanguage, texts));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (!NAMED_FOR_READERS.contains(component.getName()) && !inTheOtherLanguage.contains(
                        record.getClass().getSimpleName() + "." + component.getName())) {
                    try {
                        supplied(component.getAccessor().invoke(record), inTheOtherLanguage, texts);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return texts;
    }
}
