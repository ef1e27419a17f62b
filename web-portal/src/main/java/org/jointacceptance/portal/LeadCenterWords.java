package org.jointacceptance.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the lead center's hands: its coordinators' interventions on an application and the delivery log, its
 * leader's signature and questions, the joint site visit it convenes, and what the departments and the firm see of
 * them, in Simplified Chinese; {@code messages/lead_en.properties} has them in English. The templates use them as
 * {@code {lead:...}}. A bundle of their own because Quarkus 3.33 generates a bundle's lookup wrongly past 300 messages
 * ({@code MessageBundlesTest} keeps each under that).
 */
@MessageBundle(value = "lead", locale = "zh-CN")
public interface LeadCenterWords {

    @Message("协调")
    String coordination();

    @Message("以下调整都须说明理由：理由记入办理记录和审计记录，并告知相关各方。")
    String coordinationIntro();

    @Message("理由")
    String coordinationReason();

    @Message("「{section}」的查验部门")
    String routingOf(String section);

    @Message("调整")
    String routingChange();

    @Message("增派部门")
    String addDepartment();

    @Message("撤回部门")
    String withdrawDepartment();

    @Message("确认调整")
    String changeRouting();

    @Message("重新开放「{section}」，再给一轮整改")
    String reopenSection(String section);

    @Message("重新开放")
    String reopen();

    @Message("列入绿色通道（重点项目）")
    String markKeyProject();

    @Message("重点项目的联合验收时限缩短为10个工作日，各部门时限相应缩短；在各部门待办和看板中排在最前，预警同时发送督办人员。")
    String keyProjectIntro();

    @Message("终止申请")
    String terminate();

    @Message("投递记录")
    String deliveries();

    @Message("发给建设单位、各部门和牵头单位的每一封邮件和每一次接口推送，最新的在前：投递状态，以及失败的原因。"
            + "多次重试仍失败的，排除原因后可以重新投递，并写明理由。")
    String deliveriesIntro();

    @Message("没有符合条件的投递记录。")
    String noDeliveries();

    @Message("""
            {#when status}\
            {#is 'PENDING'}待发送\
            {#is 'SENDING'}发送中\
            {#is 'RETRYING'}等待重试\
            {#is 'SENT'}已送达\
            {#is 'DEAD'}投递失败，已停止重试\
            {#else}{status}\
            {/when}""")
    String deliveryState(String status);

    @Message("已尝试{attempts}次")
    String attempts(int attempts);

    @Message("收件方")
    String recipient();

    @Message("""
            {#when kind}\
            {#is 'applicant'}建设单位\
            {#is 'coordinator'}牵头单位协调员\
            {#is 'supervisor'}监督人员\
            {#else}{kind}\
            {/when}""")
    String recipientKind(String kind);

    @Message("渠道")
    String channel();

    @Message("""
            {#when channel}\
            {#is 'email'}电子邮件\
            {#is 'webhook'}接口推送\
            {#else}{channel}\
            {/when}""")
    String channelName(String channel);

    @Message("生成时间")
    String deliveryCreated();

    @Message("送达时间")
    String deliverySent();

    @Message("最近一次失败")
    String lastError();

    @Message("已重新投递")
    String replayed();

    @Message("申请")
    String application();

    @Message("查看申请")
    String openApplication();

    @Message("重新投递的理由")
    String replayReason();

    @Message("重新投递")
    String replay();

    @Message("请写明为什么现在可以投递成功。")
    String replayReasonNeeded();

    @Message("翻页")
    String pages();

    @Message("较新的记录")
    String newerDeliveries();

    @Message("较早的记录")
    String olderDeliveries();

    @Message("投递")
    String delivery();

    @Message("返回投递记录")
    String backToDeliveries();

    @Message("只列出一份申请的投递。")
    String ofOneApplication();

    @Message("全部投递记录")
    String allDeliveries();

    @Message("本申请的通知投递")
    String deliveriesOfApplication();

    // the lead center's signature
    @Message("待签发")
    String signatures();

    @Message("各部门均已办结的验收分段，重点项目在前，其余等待最久的在前。核对各部门的结论后签发：签发后决定即告知建设单位，"
            + "验收通过的出具联合验收意见书，署签发人姓名。")
    String signaturesIntro();

    @Message("没有待签发的决定。")
    String nothingToSign();

    @Message("已签发：{project}「{section}」，{status}。")
    String signed(String project, String section, String status);

    @Message("查看申请")
    String toApplication();

    @Message("验收分段")
    String sectionAndRound();

    @Message("「{section}」，第{round}轮")
    String sectionRound(String section, int round);

    @Message("待签发的决定")
    String decisionToSign();

    @Message("等待签发自")
    String waitingSince();

    @Message("逾期由系统签发")
    String signedBySystemAfter();

    @Message("联合验收办结期限")
    String stageDue();

    @Message("整改事项")
    String findings();

    @Message("不予通过的理由")
    String rejectionReasons();

    @Message("各部门结论")
    String conclusions();

    @Message("结论")
    String conclusion();

    @Message("查验人员")
    String inspector();

    @Message("查验日期")
    String inspectedOn();

    @Message("签发：{decision}")
    String sign(String decision);

    @Message("牵头单位负责人签发「{section}」的决定")
    String awaitedSignature(String section);

    // the window officer's review (形式审查)
    @Message("形式审查")
    String review();

    @Message("自动核验未发现缺件。请逐项审查材料：无误的，确认受理，当日起计时；有问题的，注明哪项材料有什么问题后退回补正。"
            + "{date}前未审查的，由系统自动受理。")
    String reviewIntro(String date);

    @Message("确认受理")
    String confirmReview();

    @Message("退回补正")
    String returnForCorrection();

    @Message("只退回选了问题的材料；建设单位须重新上传这些材料后再次提交。")
    String returnIntro();

    @Message("问题")
    String problemFound();

    @Message("无问题")
    String noProblem();

    @Message("说明")
    String officerRemark();

    @Message("""
            {#when problem}\
            {#is 'UNREADABLE'}无法辨认\
            {#is 'WRONG_PROJECT'}不是本项目的材料\
            {#is 'UNSIGNED'}缺少签字或盖章\
            {#is 'INCOMPLETE'}内容不完整\
            {#is 'EXPIRED'}已过有效期\
            {#is 'OTHER'}其他问题\
            {#else}{problem}\
            {/when}""")
    String reviewProblem(String problem);

    @Message("窗口审查退回：{problem}")
    String returned(String problem);

    @Message("（{remark}）")
    String remark(String remark);

    @Message("已提交，等待窗口形式审查；{date}前未审查的，系统自动受理。")
    String awaitingReview(String date);

    @Message("窗口形式审查")
    String awaitedReview();

    // the lead center's question about a department's result
    @Message("改为向部门提问")
    String askInstead();

    @Message("问题")
    String yourQuestion();

    @Message("退回并提问")
    String returnWithQuestion();

    @Message("牵头单位的提问")
    String questionToYou();

    @Message("牵头单位负责人{name}在签发前就本查验结论提问。如结论无误，请答复；如结论有误，请更正结论。")
    String questionIntro(String name);

    @Message("答复")
    String yourAnswer();

    @Message("发送答复")
    String sendAnswer();

    @Message("待答复提问")
    String questioned();

    @Message("{department}答复牵头单位就「{section}」（第{round}轮）的提问")
    String awaitedAnswer(String department, String section, int round);

    @Message("已退回提问：{project}「{section}」，部门答复或更正结论后回到待签发。")
    String questionSent(String project, String section);

    @Message("集中验收")
    String jointVisit();

    @Message("{date} {time}，集合地点：{place}")
    String jointVisitSlot(String date, String time, String place);

    @Message("已确定")
    String jointVisitFixed();

    @Message("待各部门确认")
    String jointVisitAwaited();

    @Message("提议人：{name}")
    String jointVisitProposedBy(String name);

    @Message("{#if state == 'CONFIRMED'}已确认{#else}待确认{/if}")
    String visitAnswer(String state);

    @Message("请求改至{date} {time}：{reason}")
    String askedSlot(String date, String time, String reason);

    @Message("提议集中验收")
    String proposeJointVisit();

    @Message("另行提议时间")
    String proposeAnotherSlot();

    @Message("选择一个工作日、时间和集合地点。本轮待查验的各部门均确认后即告确定，并通知建设单位和各部门；部门仍可另行安排本部门的现场查验。")
    String jointVisitIntro();

    @Message("集合地点")
    String meetingPoint();

    @Message("改期理由（已确定的集中验收改期时必填）")
    String moveReason();

    @Message("牵头单位提议的集中验收")
    String jointVisitToYou();

    @Message("请确认参加；如该时间不便，请提出其他工作日和时间并说明理由。各部门均确认后时间即告确定。")
    String jointVisitAnswerIntro();

    @Message("确认参加")
    String confirmJointVisit();

    @Message("另约时间")
    String askOtherSlot();

    @Message("理由")
    String otherSlotReason();

    @Message("本部门已确认参加，待其他部门确认。")
    String youConfirmed();

    @Message("本部门已请求改至{date} {time}，待牵头单位另行提议。")
    String youAskedSlot(String date, String time);

    @Message("原定{date} {time}")
    String previouslyProposed(String date, String time);

    @Message("集中验收待确认")
    String jointVisitToConfirm();

    @Message("决定后的更正")
    String lateCorrections();

    @Message("部门在本轮决定作出后更正了查验结论。可据此重新开放本轮：原决定撤回，据其出具的意见书和备案随之撤回，本轮按更正后的结论重新作出决定，待您签发；也可维持原决定。均须说明理由。")
    String lateCorrectionsIntro();

    @Message("现行决定")
    String standingDecision();

    @Message("更正部门")
    String correctedBy();

    @Message("更正为")
    String correctedTo();

    @Message("更正理由")
    String correctionReason();

    @Message("据此重新开放本轮")
    String decideAgain();

    @Message("维持原决定")
    String letDecisionStand();

    @Message("已据更正重新开放本轮：{project}「{section}」，现为{status}。")
    String reopenedOnCorrection(String project, String section, String status);

    @Message("已维持原决定：{project}「{section}」。")
    String decisionStands(String project, String section);

    @Message("这份意见书与签发的一致，但已于{date}撤回，不再证明该分段验收通过。")
    String opinionWithdrawn(String date);
}
