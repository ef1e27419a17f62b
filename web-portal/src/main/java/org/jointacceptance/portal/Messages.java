package org.jointacceptance.portal;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word the pages show, in Simplified Chinese; {@code messages/msg_en.properties} has them in English. The
 * templates use them as {@code {msg:...}}, in the language of the page.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Messages {

    @Message("竣工联合验收")
    String system();

    @Message("建设工程竣工联合验收网上办理：一次申请，各部门并联查验，16个工作日内出具一份意见。")
    String tagline();

    @Message("跳到正文")
    String skipToContent();

    @Message("网站导航")
    String navigation();

    @Message("登录")
    String signIn();

    @Message("退出登录")
    String signOut();

    @Message("en")
    String otherLanguageTag();

    @Message("English")
    String otherLanguageName();

    @Message("我的申请")
    String myApplications();

    @Message("还没有申请。")
    String noApplications();

    @Message("项目")
    String project();

    @Message("项目代码")
    String projectCode();

    @Message("地址")
    String address();

    @Message("区县")
    String district();

    @Message("状态")
    String status();

    @Message("办结期限")
    String dueDate();

    @Message("（暂定：待国务院办公厅公布该年节假日安排）")
    String provisional();

    @Message("验收分段")
    String sections();

    @Message("申请材料")
    String materials();

    @Message("材料")
    String material();

    @Message("（关键材料，不可容缺）")
    String keyMaterial();

    @Message("承诺补交")
    String promisedBy();

    @Message("""
            {#when state}\
            {#is 'SUPPLIED'}已提交\
            {#is 'OWED'}容缺待补\
            {#is 'NOT_SUPPLIED'}未提交\
            {#else}{state}\
            {/when}""")
    String materialState(String state);

    @Message("第{round}轮")
    String round(int round);

    @Message("部门")
    String department();

    @Message("查验期限")
    String inspectionDue();

    @Message("查验意见")
    String findings();

    @Message("联合验收意见书")
    String opinion();

    @Message("整改期限")
    String rectifyBy();

    @Message("通知")
    String notices();

    @Message("{count}条未读")
    String unreadCount(long count);

    @Message("还没有通知。")
    String noNotices();

    @Message("未读")
    String unread();

    @Message("查看该申请")
    String theApplication();

    @Message("标为已读")
    String markRead();

    @Message("查询办理进度")
    String statusTitle();

    @Message("凭受理回执上的受理编号和查询码，任何人都可查询项目的办理进度，无需登录。")
    String statusIntro();

    @Message("受理编号")
    String applicationNumber();

    @Message("查询码")
    String lookupCode();

    @Message("查询")
    String lookUp();

    @Message("（凭受理编号和查询码，任何人可在本站查询办理进度）")
    String lookupCodeHint();

    @Message("受理编号和查询码不匹配，请核对受理回执。")
    String noMatch();

    @Message("查询过于频繁，请稍后再试。")
    String tooOften();

    @Message("请填写受理编号和查询码。")
    String incomplete();

    @Message("查询另一项")
    String lookUpAnother();

    @Message("核验联合验收意见书")
    String verifyTitle();

    @Message("手持纸质意见书的任何人都可核验：扫描意见书上的二维码，或输入意见书编号和校验码（SHA-256）。")
    String verifyIntro();

    @Message("意见书编号")
    String opinionNumber();

    @Message("校验码（SHA-256）")
    String digest();

    @Message("核验")
    String verify();

    @Message("没有这个编号的意见书，请核对编号。")
    String noSuchOpinion();

    @Message("校验码应为意见书上印的64位字符（数字0-9和字母a-f）。")
    String badDigest();

    @Message("核验通过：这份意见书与签发的一致。")
    String verified();

    @Message("核验未通过：纸面上的校验码与签发的意见书不一致，这份副本可能被改动过。")
    String notVerified();

    @Message("存档的意见书已被改动，无法核验，请联系牵头部门。")
    String tampered();

    @Message("验收分段")
    String section();

    @Message("签发日期")
    String issuedOn();

    @Message("核验另一份")
    String verifyAnother();

    @Message("找不到该申请，或您无权查看。")
    String notFound();

    @Message("服务暂时无法访问，请稍后再试。")
    String unavailable();

    @Message("出错了")
    String somethingWrong();

    @Message("返回我的申请")
    String backToApplications();

    @Message("{date.year}年{date.monthValue}月{date.dayOfMonth}日")
    String date(LocalDate date);

    @Message("""
            {#when status}\
            {#is 'DRAFT'}草稿\
            {#is 'CORRECTION_REQUIRED'}待补正材料\
            {#is 'NOT_ACCEPTED'}不予受理\
            {#is 'IN_INSPECTION'}查验中\
            {#is 'RECTIFICATION_REQUIRED'}需整改\
            {#is 'ACCEPTED'}验收通过\
            {#is 'REJECTED'}验收不通过\
            {#is 'TERMINATED'}已终止\
            {#else}{status}\
            {/when}""")
    String applicationStatus(String status);

    @Message("""
            {#when status}\
            {#is 'AWAITING_INTAKE'}待受理\
            {#is 'IN_INSPECTION'}查验中\
            {#is 'AWAITING_MATERIAL'}待补交材料\
            {#is 'RECTIFICATION_REQUIRED'}需整改\
            {#is 'ACCEPTED'}验收通过\
            {#is 'REJECTED'}验收不通过\
            {#else}{status}\
            {/when}""")
    String sectionStatus(String status);

    @Message("""
            {#when state}\
            {#is 'REQUESTED'}查验中\
            {#is 'PASSED'}通过\
            {#is 'FAILED'}不通过\
            {#is 'NOT_APPLICABLE'}不适用\
            {#is 'WITHDRAWN'}已撤回\
            {#else}{state}\
            {/when}""")
    String inspectionState(String state);

    @Message("""
            {#when code}\
            {#is 'quality'}质量监督\
            {#is 'planning'}规划\
            {#is 'land'}土地\
            {#is 'fire'}消防\
            {#is 'civil-air-defense'}人防\
            {#is 'meteorology'}气象（防雷）\
            {#is 'archives'}城建档案\
            {#else}{code}\
            {/when}""")
    String departmentName(String code);
}
