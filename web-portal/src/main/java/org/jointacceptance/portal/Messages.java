package org.jointacceptance.portal;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word the pages show, in Simplified Chinese; {@code messages/msg_en.properties} has them in English. The
 * templates use them as {@code {msg:...}}, in the language of the page. The lead center's own forms and log have
 * theirs in {@link LeadCenterWords}: Quarkus 3.33 generates a bundle's lookup wrongly past 300 messages, and
 * {@code MessageBundlesTest} keeps each bundle under that.
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

    @Message("通知以本单位最近一次选择的语言写成：切换页面语言后，新的通知随之改用该语言，此前的通知保持原来的语言。")
    String noticesLanguage();

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

    @Message("核验电子文件")
    String verifyFileTitle();

    @Message("收到的是意见书的PDF文件？选择该文件，核验它是否就是出具的签章文件、一字未改。")
    String verifyFileIntro();

    @Message("意见书PDF文件")
    String opinionFile();

    @Message("请选择要核验的PDF文件。")
    String noFile();

    @Message("核验未通过：这份文件不是出具的签章PDF，可能被改动过。")
    String fileNotVerified();

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
            {#is 'AWAITING_REVIEW'}待形式审查\
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
            {#is 'AWAITING_SIGNATURE'}待签发\
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
    @Message("新建申请")
    String newApplication();

    @Message("修改草稿")
    String editDraft();

    @Message("返回该申请")
    String backToApplication();

    @Message("项目信息只需填写一次，再逐一填写申请验收的分段。保存后为草稿，上传材料并提交前都可修改。")
    String formIntro();

    @Message("申请未保存，请修改以下问题：")
    String formHasProblems();

    @Message("保存草稿")
    String saveDraft();

    @Message("保存后将列出各部门要求的申请材料。")
    String saveDraftHint();

    @Message("建设单位")
    String applicant();

    @Message("统一社会信用代码")
    String creditCode();

    @Message("即登录账号所属单位的代码，申请以本单位名义提交。")
    String creditCodeHint();

    @Message("单位名称")
    String firmName();

    @Message("联系人")
    String contactName();

    @Message("联系电话")
    String contactPhone();

    @Message("电子邮箱")
    String contactEmail();

    @Message("建筑工程施工许可证上的项目代码。")
    String projectCodeHint();

    @Message("项目名称")
    String projectName();

    @Message("六位行政区划代码，如 210202（中山区）。")
    String districtHint();

    @Message("使用性质")
    String use();

    @Message("如：住宅、办公、商业、医院。")
    String useHint();

    @Message("建筑高度（米）")
    String height();

    @Message("地上层数")
    String floorsAboveGround();

    @Message("地下层数")
    String floorsBelowGround();

    @Message("总建筑面积（平方米）")
    String grossFloorArea();

    @Message("消防审验类别")
    String fireCategory();

    @Message("请选择")
    String choose();

    @Message("特殊建设工程（消防验收）")
    String fireSpecial();

    @Message("其他建设工程（消防验收备案）")
    String fireOrdinary();

    @Message("建有人防工程")
    String civilAirDefenseWorks();

    @Message("人防工程面积（平方米）")
    String civilAirDefenseArea();

    @Message("需进行防雷装置验收")
    String lightningProtectionRequired();

    @Message("大型项目可分段验收，每段单独出具意见书。")
    String sectionsHint();

    @Message("第{number}段")
    String sectionNumber(int number);

    @Message("分段名称")
    String sectionName();

    @Message("楼栋")
    String buildings();

    @Message("楼栋编号，用顿号或逗号分隔，如 1#、2#。")
    String buildingsHint();

    @Message("建筑面积（平方米）")
    String floorArea();

    @Message("删除第{number}段")
    String removeSection(int number);

    @Message("增加一段")
    String addSection();

    @Message("请输入数字。")
    String notANumber();

    @Message("请选择要上传的文件。")
    String chooseFile();

    @Message("请从列表中选择日期。")
    String chooseDay();

    @Message("文件过大，请压缩后重新上传。")
    String fileTooLarge();

    @Message("只接受 PDF、JPEG 或 PNG 文件。")
    String fileTypeNotAccepted();

    @Message("竣工验收备案")
    String filing();

    @Message("建设工程竣工验收备案证明")
    String filingTitle();

    @Message("备案编号")
    String filingNumber();

    @Message("各分段联合验收意见书")
    String filingSections();

    @Message("该项目各分段均已通过竣工联合验收，准予备案。")
    String filingStatement();

    @Message("建设单位")
    String applicantFirm();

    @Message("打印")
    String print();

    @Message("下载签章PDF")
    String download();

    @Message("补正材料通知")
    String correctionNotice();

    @Message("窗口审查发现以下材料缺失。请上传后再次提交；非关键材料也可承诺补交日期（容缺受理）。")
    String correctionIntro();

    @Message("关键材料，必须提交，不可容缺")
    String missingKey();

    @Message("请提交，或选择承诺补交的日期")
    String missingNonKey();

    @Message("该项目不在本窗口受理范围内。")
    String notAcceptedIntro();

    @Message("请上传以下材料（PDF、JPEG 或 PNG）：可拖放文件，或点击选择文件。非关键材料可承诺在所列工作日内补交。")
    String materialsIntro();

    @Message("选择文件")
    String chooseFileLabel();

    @Message("重新上传")
    String replaceFile();

    @Message("或将文件拖放到此处")
    String dropHint();

    @Message("上传进度")
    String uploading();

    @Message("上传")
    String upload();

    @Message("上传未完成：连接中断，请重试。")
    String uploadFailed();

    @Message("容缺，承诺补交日期")
    String oweUntil();

    @Message("不容缺")
    String notOwed();

    @Message("材料齐全或已承诺补交后提交。窗口即时审查，受理后开始计算16个工作日。")
    String submitIntro();

    @Message("提交申请")
    String submit();

    @Message("整改通知")
    String rectificationNotice();

    @Message("请逐条说明整改情况并附上证明材料，提交后由提出问题的部门复验。")
    String rectificationIntro();

    @Message("问题{number}")
    String findingNumber(int number);

    @Message("整改要求：")
    String requiredAction();

    @Message("整改情况")
    String whatWasDone();

    @Message("证明材料（可多选）")
    String evidence();

    @Message("提交整改回复")
    String sendRectification();

    @Message("：")
    String colon();

    @Message("轮次")
    String roundColumn();

    @Message("证据：")
    String evidenceFiles();

    @Message("整改证明材料")
    String rectificationEvidence();

    @Message("新通知：")
    String newNotice();

    @Message("""
            {#when outcome}\
            {#is 'ACCEPTED_WITH_TOLERANCE'}已容缺受理：承诺补交的材料请按期上传，办结期限自受理之日起算16个工作日。\
            {#else}已受理：办结期限自受理之日起算16个工作日。\
            {/when}""")
    String intakeAccepted(String outcome);

    @Message("""
            {date.monthValue}月{date.dayOfMonth}日（{#when date.dayOfWeek}\
            {#is MONDAY}周一{#is TUESDAY}周二{#is WEDNESDAY}周三{#is THURSDAY}周四{#is FRIDAY}周五\
            {#is SATURDAY}周六{#else}周日{/when}）""")
    String dateWithWeekday(LocalDate date);
    @Message("{#if days > 0}（还剩{days}个工作日）{#else}（今天到期）{/if}")
    String workingDaysLeft(int days);

    @Message("（已超期{days}个工作日）")
    String overdue(int days);

    @Message("计时")
    String clock();

    @Message("已暂停：")
    String pausedFor();

    @Message("""
            {#when kind}\
            {#is 'RECTIFICATION'}整改期间\
            {#is 'CORRECTION'}补正材料期间\
            {#is 'OWED_MATERIAL'}容缺材料逾期未交\
            {#is 'SPECIAL_PROCEDURE'}特别程序期间\
            {#else}{kind}\
            {/when}""")
    String pauseKind(String kind);

    @Message("正在等待：")
    String awaiting();

    @Message("{department}查验「{section}」（第{round}轮）")
    String awaitedInspection(String department, String section, int round);

    @Message("""
            {#when what}\
            {#is 'RECTIFICATION'}您提交「{section}」的整改回复\
            {#is 'OWED_MATERIAL'}您补交「{section}」的容缺材料\
            {#else}您处理「{section}」\
            {/when}""")
    String awaitedFromYou(String what, String section);

    @Message("，{date}前")
    String by(String date);

    @Message("{date.monthValue}月{date.dayOfMonth}日")
    String shortDate(LocalDate date);

    // the inspectors' pages

    @Message("查验任务")
    String inspections();

    @Message("{department}待办的查验，重点项目在前，其余最紧急的在前。")
    String inboxIntro(String department);

    @Message("目前没有待办的查验。")
    String noInspections();

    @Message("备案抽查")
    String filingMode();

    @Message("""
            {#when light}\
            {#is 'yellow'}即将到期\
            {#is 'red'}今天到期\
            {#is 'overdue'}已逾期\
            {#else}时间充裕\
            {/when}""")
    String light(String light);

    @Message("检查表")
    String checklist();

    @Message("检查进度")
    String checklistProgress();

    @Message("已标记{marked}/{items}项")
    String marked(long marked, long items);

    @Message("{failed}项不通过")
    String failedItems(long failed);

    @Message("现场查验")
    String siteVisit();

    @Message("承办人")
    String assignee();

    @Message("尚未分派")
    String unassigned();

    @Message("由我承办")
    String claim();

    @Message("返回查验任务")
    String backToInspections();

    @Message("按目前的标记，结论为：{verdict}")
    String verdictSoFar(String verdict);

    @Message("已提交查验结论：{result}")
    String concluded(String result);

    @Message("关键项")
    String keyItem();

    @Message("第{round}轮发现的问题：")
    String earlierFinding(int round);

    @Message("建设单位答复：")
    String firmAnswered();

    @Message("「{title}」的查验结果")
    String markOf(String title);

    @Message("""
            {#when mark}\
            {#is 'PASS'}通过\
            {#is 'FAIL'}不通过\
            {#is 'NOT_APPLICABLE'}不适用\
            {#else}{mark}\
            {/when}""")
    String itemMark(String mark);

    @Message("备注")
    String note();

    @Message("不通过时：存在的问题与整改要求")
    String findingWhenFailed();

    @Message("存在的问题")
    String findingDescription();

    @Message("严重程度")
    String severity();

    @Message("""
            {#when level}\
            {#is 'MINOR'}一般\
            {#is 'CRITICAL'}严重\
            {#else}较重\
            {/when}""")
    String severityName(String level);

    @Message("可以整改")
    String rectifiable();

    @Message("现场照片")
    String photo();

    @Message("已附{count}张照片")
    String photosKept(int count);

    @Message("保存此项")
    String saveItem();

    @Message("提交查验结论")
    String submitResult();

    @Message("尚未发送")
    String queued();

    @Message("{count}项记录尚未发送，有信号时将按记录的先后自动发送。")
    String notYetSent(String count);

    @Message("查验结论将在以上记录全部发送后提交。")
    String resultWaits();

    @Message("登录已过期：请重新登录，尚未发送的记录保留在本机，登录后继续发送。")
    String signInToSend();

    @Message("查验说明（可不填）")
    String remark();

    @Message("请选择通过、不通过或不适用。")
    String chooseMark();

    @Message("请按下面的提示修改。")
    String seeBelow();

    // the coordinators' board

    @Message("看板")
    String board();

    @Message("筛选")
    String filters();

    @Message("筛选")
    String filter();

    @Message("全部")
    String all();

    @Message("全部在办")
    String allOpen();

    @Message("只看已逾期")
    String onlyOverdue();

    @Message("没有符合条件的在办申请。")
    String noApplicationsOnBoard();

    @Message("共{count}件在办申请，重点项目在前，其余最紧急的在前。")
    String applicationsOnBoard(int count);

    @Message("""
            {#when what}\
            {#is 'RECTIFICATION'}建设单位提交「{section}」的整改回复\
            {#is 'OWED_MATERIAL'}建设单位补交「{section}」的容缺材料\
            {#else}建设单位处理「{section}」\
            {/when}""")
    String awaitedFromFirm(String what, String section);

    // the supervisors' statistics

    @Message("统计")
    String statistics();

    @Message("各部门在哪里耽误了申请：每轮查验用了多少个工作日、在规定期限内办结的比例、逐月的变化，以及目前在办的查验已等了多久。每张图下方是同样数据的表格，并可下载为 CSV 文件。")
    String statisticsIntro();

    @Message("从")
    String fromMonth();

    @Message("到")
    String toMonth();

    @Message("查看")
    String show();

    @Message("下载 CSV")
    String downloadCsv();

    @Message("各部门每轮查验用时")
    String roundsChart();

    @Message("每个部门每轮查验所用工作日的中位数和90分位数，按超期轮次由多到少排列。")
    String roundsChartSays();

    @Message("中位数")
    String median();

    @Message("90分位数")
    String p90();

    @Message("个工作日")
    String workingDaysUnit();

    @Message("逐月按时办结率")
    String monthsChart();

    @Message("{from}至{to}，每个部门每月办结的查验中在规定期限内办结的比例。")
    String monthsChartSays(String from, String to);

    @Message("在办查验的等待时长")
    String backlogChart();

    @Message("每个部门目前在办的查验，按自发起以来已等待的工作日分段，在办最多的在前。")
    String backlogChartSays();

    @Message("轮")
    String roundsUnit();

    @Message("""
            {#when band}\
            {#is '17+'}17个工作日以上\
            {#else}{band}个工作日\
            {/when}""")
    String ageBand(String band);

    @Message("排名")
    String rank();

    @Message("已办结轮次")
    String concludedRounds();

    @Message("按时办结率")
    String onTimeShare();

    @Message("超期轮次")
    String lateRounds();

    @Message("超出时限工作日")
    String workingDaysPastShare();

    @Message("按{from}至{to}办结的轮次统计（至多一年），排名依超出时限的工作日；在办与已逾期为今日情况。")
    String roundsPeriod(String from, String to);

    @Message("六位行政区划代码，留空为全市。")
    String statisticsDistrictHint();

    @Message("在办")
    String openRounds();

    @Message("已逾期")
    String overdueNow();

    @Message("月份")
    String month();

    @Message("还没有数据。")
    String noFigures();

    // the working-day calendar

    @Message("节假日安排")
    String calendar();

    @Message("各期限按中国的工作日计算：已载入的年份按国务院办公厅公布的节假日安排，尚未载入的年份按法定节假日暂定。")
    String calendarIntro();

    @Message("{year}年的节假日安排尚未载入")
    String awaitedYear(int year);

    @Message("{count}件在办申请的日期涉及{year}年，目前按法定节假日暂定；国务院办公厅公布通知后，请在下方载入，日期随之调整并通知各方。")
    String awaitedYearSays(int year, long count);

    @Message("载入国务院办公厅的节假日安排通知")
    String loadNotice();

    @Message("年份")
    String noticeYear();

    @Message("通知全文")
    String noticeText();

    @Message("粘贴国务院办公厅公布的通知全文。先预览读出的安排和将调整的日期，确认无误后再载入。")
    String noticeHint();

    @Message("预览")
    String preview();

    @Message("{year}年安排（版本 {version}）")
    String previewOf(int year, String version);

    @Message("共放假{days}天")
    String daysOffCount(int days);

    @Message("节日")
    String holiday();

    @Message("放假日期")
    String daysOff();

    @Message("调休上班日")
    String makeUpWorkdays();

    @Message("无")
    String none();

    @Message("载入后，在办申请的日期不会调整。")
    String noMoves();

    @Message("载入后，在办申请的{count}个日期将调整：")
    String movesIntro(int count);

    @Message("日期")
    String whichDate();

    @Message("原日期")
    String dateBefore();

    @Message("新日期")
    String dateAfter();

    @Message("""
            {#when kind}\
            {#is 'STAGE_DUE_DATE'}联合验收办结期限\
            {#is 'DEPARTMENT_DUE_DATE'}部门查验期限\
            {#is 'RECTIFICATION_DEADLINE'}整改期限\
            {#else}期限\
            {/when}""")
    String dateKind(String kind);

    @Message("说明（可不填）")
    String loadReason();

    @Message("载入")
    String load();

    @Message("取消")
    String cancel();

    @Message("已载入的年份")
    String yearsLoaded();

    @Message("最近载入的在前；其后的年份按法定节假日暂定，没有调休上班日。")
    String provisionalYears();

    @Message("{year}年")
    String yearOf(int year);

    @Message("版本")
    String version();

    @Message("已载入{year}年的安排（版本 {version}），在办申请的{moved}个日期随之调整，并已通知各方。")
    String noticeLoaded(int year, String version, int moved);

    @Message("请填写年份，并粘贴通知全文。")
    String pasteNotice();

    // an inspection's site visit and special procedures

    @Message("尚未约定现场查验的时间。")
    String noSiteVisit();

    @Message("日期（工作日）")
    String visitDate();

    @Message("时间")
    String visitTime();

    @Message("理由（改期，或晚于本部门的办结期限时必填，将告知建设单位）")
    String visitReason();

    @Message("约定现场查验")
    String bookVisit();

    @Message("改期")
    String moveVisit();

    @Message("请选择日期和时间。")
    String chooseDayAndTime();

    @Message("特别程序")
    String specialProcedures();

    @Message("没有特别程序。专家评审、检验检测或听证期间，本部门的办结期限暂停计算。")
    String noSpecialProcedures();

    @Message("""
            {#when kind}\
            {#is 'EXPERT_REVIEW'}专家评审\
            {#is 'TESTING'}检验检测\
            {#is 'HEARING'}听证\
            {#else}特别程序\
            {/when}""")
    String procedureKind(String kind);

    @Message("{opened}开始，预计{end}结束；期间办结期限暂停计算。")
    String procedureRunning(String opened, String end);

    @Message("{opened}开始，{closed}结束，暂停了{days}个工作日")
    String procedureClosed(String opened, String closed, int days);

    @Message("结果")
    String procedureOutcome();

    @Message("结束特别程序")
    String closeProcedure();

    @Message("启动特别程序")
    String openProcedure();

    @Message("类型")
    String procedureKindLabel();

    @Message("理由")
    String procedureReason();

    @Message("预计工作日数")
    String expectedWorkingDays();

    // a coordinator's interventions on an application

    @Message("办理记录")
    String timeline();

    @Message("每一步由谁在何时办理，最新的在前；协调员和部门写下的理由照录。")
    String timelineIntro();

    @Message("""
            {#when kind}\
            {#is 'system'}系统\
            {#is 'window'}受理窗口\
            {#is 'applicant'}建设单位\
            {#is 'coordinator'}协调员\
            {#is 'lead-center'}牵头单位负责人\
            {#else}{kind}\
            {/when}""")
    String timelineActor(String kind);

    @Message("""
            {#when action}\
            {#is 'DRAFT_PREPARED'}填写申请\
            {#is 'DRAFT_REVISED'}修改申请\
            {#is 'MATERIAL_UPLOADED'}上传材料：{facts.subject}\
            {#is 'INTAKE_ACCEPTED'}受理，办结期限{facts.day}\
            {#is 'INTAKE_ACCEPTED_WITH_TOLERANCE'}容缺受理，办结期限{facts.day}\
            {#is 'INTAKE_CORRECTION_REQUIRED'}材料需补正\
            {#is 'INTAKE_AWAITING_REVIEW'}提交申请，待窗口形式审查（{facts.day}前）\
            {#is 'INTAKE_REVIEWED'}窗口形式审查无误\
            {#is 'INTAKE_RETURNED'}窗口形式审查退回补正\
            {#is 'INTAKE_REVIEW_LAPSED'}{facts.day}前未经形式审查，系统自动受理\
            {#is 'INTAKE_NOT_ACCEPTED'}不予受理\
            {#is 'INSPECTION_REQUESTED'}请{facts.department}查验（第{facts.round}轮），{facts.day}前办结\
            {#is 'RESULT_PASSED'}{facts.department}第{facts.round}轮查验结论：通过\
            {#is 'RESULT_FAILED'}{facts.department}第{facts.round}轮查验结论：不通过\
            {#is 'RESULT_NOT_APPLICABLE'}{facts.department}第{facts.round}轮查验结论：不适用\
            {#is 'RESULT_CORRECTED'}{facts.department}更正第{facts.round}轮查验结论为：{facts.subject}\
            {#is 'RESULT_CORRECTED_AFTER_DECISION'}{facts.department}在第{facts.round}轮决定之后更正查验结论为：{facts.subject}，待牵头单位处理\
            {#is 'RESULT_REFUSED'}{facts.department}第{facts.round}轮的查验结论未予采纳\
            {#is 'DECISION_HELD'}第{facts.round}轮各部门均已办结，待容缺材料补交后作出决定\
            {#is 'DECISION_AWAITING_SIGNATURE'}第{facts.round}轮各部门均已办结，决定（{facts.subject}）待牵头单位负责人签发{#if facts.day}，{facts.day}后未签发的由系统签发{/if}\
            {#is 'DECISION_SIGNED'}第{facts.round}轮的决定已签发\
            {#is 'DECISION_SIGNED_AUTOMATICALLY'}第{facts.round}轮的决定逾期未签发，由系统签发\
            {#is 'DECISION_QUESTIONED'}第{facts.round}轮的决定退回{facts.department}提问\
            {#is 'QUESTION_ANSWERED'}{facts.department}答复第{facts.round}轮的提问\
            {#is 'JOINT_VISIT_PROPOSED'}提议第{facts.round}轮集中验收：{facts.day} {facts.subject}\
            {#is 'JOINT_VISIT_CONFIRMED'}{facts.department}确认参加{facts.day}的集中验收\
            {#is 'JOINT_VISIT_OTHER_SLOT_ASKED'}{facts.department}请求将集中验收改至{facts.day} {facts.subject}\
            {#is 'DECISION_REOPENED'}第{facts.round}轮决定撤回，依部门决定后的更正重新决定\
            {#is 'DECISION_STANDS'}{facts.department}在第{facts.round}轮决定后的更正：维持原决定\
            {#is 'OPINION_WITHDRAWN'}撤回联合验收意见书 {facts.subject}\
            {#is 'FILING_WITHDRAWN'}撤回竣工验收备案 {facts.subject}\
            {#is 'JOINT_VISIT_FIXED'}第{facts.round}轮集中验收已确定：{facts.day} {facts.subject}\
            {#is 'SECTION_ACCEPTED'}第{facts.round}轮决定：验收通过\
            {#is 'SECTION_RECTIFICATION_REQUIRED'}第{facts.round}轮决定：需整改，{facts.day}前完成\
            {#is 'SECTION_REJECTED'}第{facts.round}轮决定：验收不通过\
            {#is 'RECTIFICATION_SUBMITTED'}提交整改，进入第{facts.round}轮查验\
            {#is 'RECTIFICATION_DEADLINE_SET'}整改期限：{facts.day}\
            {#is 'RECTIFICATION_DEADLINE_CHANGED'}整改期限改为{facts.day}\
            {#is 'RECTIFICATION_DEADLINE_PENDING'}整改期限待{facts.subject}年节假日安排公布后确定\
            {#is 'CLOCK_PAUSED'}{facts.day}起暂停计时：{facts.subject}\
            {#is 'CLOCK_RESUMED'}{facts.day}恢复计时：{facts.subject}结束\
            {#is 'DUE_DATE_CHANGED'}办结期限改为{facts.day}\
            {#is 'DEPARTMENT_DUE_DATE_CHANGED'}{facts.department}第{facts.round}轮期限改为{facts.day}\
            {#is 'DEADLINE_YELLOW'}黄灯：{#if facts.department}{facts.department}第{facts.round}轮{#else}联合验收{/if}将于{facts.day}到期\
            {#is 'DEADLINE_RED'}红灯：{#if facts.department}{facts.department}第{facts.round}轮{#else}联合验收{/if}今天（{facts.day}）到期\
            {#is 'DEADLINE_OVERDUE'}已超期：{#if facts.department}{facts.department}第{facts.round}轮{#else}联合验收{/if}期限为{facts.day}\
            {#is 'SPECIAL_PROCEDURE_OPENED'}{facts.department}启动特别程序：{facts.subject}\
            {#is 'SPECIAL_PROCEDURE_CLOSED'}{facts.department}结束特别程序：{facts.subject}\
            {#is 'ROUTING_ADDED'}增加查验部门：{facts.department}\
            {#is 'ROUTING_WITHDRAWN'}撤回查验部门：{facts.department}\
            {#is 'TERMINATED'}终止办理\
            {#is 'KEY_PROJECT_MARKED'}列入绿色通道（重点项目）\
            {#is 'SECTION_REOPENED'}第{facts.round}轮的决定重新开放，再给一轮整改，{facts.day}前完成\
            {#is 'OPINION_ISSUED'}出具联合验收意见书 {facts.subject}\
            {#is 'FILING_ISSUED'}出具竣工验收备案 {facts.subject}\
            {#is 'OWED_MATERIAL_SUPPLIED'}补交容缺材料：{facts.subject}（承诺{facts.day}前）\
            {#is 'OWED_MATERIAL_DUE'}提醒补交容缺材料：{facts.subject}，{facts.day}到期\
            {#else}{action}\
            {/when}""")
    String timelineWhat(String action, Timeline.Facts facts);

    @Message("重点项目")
    String keyProject();

    @Message("指派给")
    String assignTo();

    @Message("指派")
    String assign();

    @Message("输入查验人员的登录名，或从已在办理查验的人员中选择；已有人办理的，改由其办理。")
    String assignHint();

    @Message("请填写查验人员。")
    String nameAnInspector();
}
