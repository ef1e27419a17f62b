package org.jointacceptance.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of what only the lead center's coordinators use: their interventions on an application and the delivery
 * log, in Simplified Chinese; {@code messages/lead_en.properties} has them in English. The templates use them as
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
}
