package org.jointacceptance.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a project's whole life: its sections and where each stands, the applications made for it, the
 * overall filing, its versions; in Simplified Chinese, {@code messages/project_en.properties} in English. The
 * templates use them as {@code {project:...}}; a bundle of their own, as {@link LeadCenterWords} explains.
 */
@MessageBundle(value = "project", locale = "zh-CN")
public interface ProjectWords {

    @Message("项目")
    String projects();

    @Message("我的项目")
    String myProjects();

    @Message("尚无登记的项目。首次提交验收申请时，项目即按其项目代码登记。")
    String noProjects();

    @Message("建设单位")
    String owner();

    @Message("登记日期")
    String registeredOn();

    @Message("项目信息版本")
    String version();

    @Message("第{version}版")
    String versionNumber(int version);

    @Message("验收分段")
    String sections();

    @Message("各分段完工后分别申请验收，每份申请各自计时；全部分段验收通过后，项目整体备案。")
    String sectionsIntro();

    @Message("分段数")
    String sectionCount();

    @Message("""
            {#when standing}\
            {#is 'NOT_APPLIED'}尚未申请\
            {#is 'APPLIED'}验收中\
            {#is 'ACCEPTED'}验收通过，可投入使用\
            {#else}{standing}\
            {/when}""")
    String standing(String standing);

    @Message("申请")
    String appliedIn();

    @Message("意见书")
    String opinion();

    @Message("验收申请")
    String applications();

    @Message("受理日期")
    String acceptedOn();

    @Message("办结时限")
    String dueOn();

    @Message("整体备案")
    String overallFiling();

    @Message("全部 {count} 个分段验收通过后整体备案；尚有 {open} 个分段未通过。")
    String filingAwaits(int count, long open);

    @Message("备案编号 {number}，{date}")
    String filedAs(String number, String date);

    @Message("查看备案证明")
    String openFiling();

    @Message("为尚未申请的 {count} 个分段申请验收")
    String applyForSections(int count);

    @Message("增报分段")
    String declareSection();

    @Message("整体备案前可增报分段；整体备案将等待全部已报分段验收通过。")
    String declareSectionHint();

    @Message("分段名称")
    String sectionName();

    @Message("增报")
    String declare();

    @Message("请填写分段名称")
    String sectionNameRequired();

    @Message("项目信息的历次版本")
    String versions();

    @Message("""
            {#when occasion}\
            {#is 'REGISTERED'}登记\
            {#is 'APPLIED'}随验收申请申报\
            {#is 'CHANGED'}变更\
            {#is 'MIGRATED'}由系统启用前的申请登记\
            {#else}{occasion}\
            {/when}""")
    String occasion(String occasion);

    @Message("查看项目全部分段与整体备案")
    String openProject();
}
