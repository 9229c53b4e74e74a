<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于卓越绩效自评</source>
        <translation>About Excellence Self-Assessment</translation>
    </message>
    <message>
        <source>&lt;h2&gt;卓越绩效自评 {0}&lt;/h2&gt;&lt;p&gt;依据 GB/T 19580-2012《卓越绩效评价准则》的自我评价工具。&lt;br&gt;所有内容保存在一个项目文件（.exa）中，每次修改即时保存。&lt;/p&gt;&lt;p&gt;本程序以 GPL-3.0 或更新版本的许可证发布。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Excellence Self-Assessment {0}&lt;/h2&gt;&lt;p&gt;A self-assessment tool for GB/T 19580-2012, Criteria for Performance Excellence.&lt;br&gt;Everything is kept in one project file (.exa) and saved as you edit.&lt;/p&gt;&lt;p&gt;This program is released under the GPL-3.0 or any later version.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>组件</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>字体</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>许可证全文</source>
        <translation>Full licence text</translation>
    </message>
    <message>
        <source>字体说明…</source>
        <translation>About the fonts…</translation>
    </message>
    <message>
        <source>运行环境</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>随程序提供的字体（用于界面和导出的文档）</source>
        <translation>Fonts shipped with the program (for the interface and the exported documents)</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>改进计划</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>来源改进机会</source>
        <translation>From opportunity</translation>
    </message>
    <message>
        <source>用一句话写出要做的改进，例如：建立……机制</source>
        <translation>The improvement in one sentence, e.g. set up a review of …</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>部门和姓名</source>
        <translation>Department and name</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>设定期限</source>
        <translation>Set a due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>预期效果</source>
        <translation>Expected effect</translation>
    </message>
    <message>
        <source>完成后可以看到的变化，最好有指标和目标值。</source>
        <translation>What will have changed once it is done, ideally with a measure and a target.</translation>
    </message>
    <message>
        <source>编辑改进计划</source>
        <translation>Edit action plan</translation>
    </message>
    <message>
        <source>提出改进计划</source>
        <translation>Raise action plan</translation>
    </message>
    <message>
        <source>（不关联改进机会）</source>
        <translation>(no opportunity)</translation>
    </message>
    <message>
        <source>请写下改进计划的标题。</source>
        <translation>Please write a title for the action plan.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>改进计划</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{0} · 已逾期</source>
        <translation>{0} · overdue</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>改进计划</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>新建改进计划…</source>
        <translation>New action plan…</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>按负责人筛选</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>只看已逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>改进计划列表</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>打开评分项</source>
        <translation>Open the item</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部负责人</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>还没有改进计划。在“共识”页或评分项的“评分”页选中一条改进机会，点“提出改进计划”；也可以点右上角的“新建改进计划”。</source>
        <translation>No action plans yet. Select an opportunity on the Consensus page or on an item&apos;s Scoring tab and click “Raise action plan”, or click “New action plan” at the top right.</translation>
    </message>
    <message>
        <source>{0} · 共 {1} 项：{2} · 已逾期 {3} 项（截至 {4}）</source>
        <translation>{0} · {1} plans: {2} · {3} overdue (as of {4})</translation>
    </message>
    <message>
        <source>{0}，已逾期</source>
        <translation>{0}, overdue</translation>
    </message>
    <message>
        <source>{0} {1} · 负责人：{2} · 完成期限：{3} · 状态：{4}</source>
        <translation>{0} {1} · Owner: {2} · Due: {3} · Status: {4}</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>not named</translation>
    </message>
    <message>
        <source>未设定</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>预期效果：{0}</source>
        <translation>Expected effect: {0}</translation>
    </message>
    <message>
        <source>来源改进机会：{0}</source>
        <translation>From the opportunity: {0}</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>添加成员或更改角色</source>
        <translation>Add a member or change a role</translation>
    </message>
    <message>
        <source>数据库登录名</source>
        <translation>Database login</translation>
    </message>
    <message>
        <source>评分时用的姓名</source>
        <translation>Name they score under</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>新登录名的密码</source>
        <translation>A new login&apos;s password</translation>
    </message>
    <message>
        <source>已是成员的登录名：改为所选角色，姓名留空则不变。填写密码会设置（或更改）这个登录名的密码；留空则不动它的密码。</source>
        <translation>A login that is a member already takes the chosen role, and keeps its name if none is given. A password given sets (or changes) the login&apos;s password; left empty, the password is left as it is.</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AssessorCommentsModel</name>
    <message>
        <source>评审员</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>已采纳到团队清单</source>
        <translation>Already in the team&apos;s list</translation>
    </message>
</context>
<context>
    <name>AssessorDialog</name>
    <message>
        <source>添加评审员</source>
        <translation>Add assessor</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <source>评审员 {0} 已存在。</source>
        <translation>Assessor {0} already exists.</translation>
    </message>
</context>
<context>
    <name>AssessorScoresModel</name>
    <message>
        <source>百分比</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>评分理由</source>
        <translation>Rationale</translation>
    </message>
</context>
<context>
    <name>AwardProfileDialog</name>
    <message>
        <source>评奖配置</source>
        <translation>Award profile</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>英文名称</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>组织概述字数上限</source>
        <translation>Profile length limit (chars)</translation>
    </message>
    <message>
        <source>自评报告字数上限</source>
        <translation>Report length limit (chars)</translation>
    </message>
    <message>
        <source>页数上限</source>
        <translation>Page limit</translation>
    </message>
    <message>
        <source>正文字号</source>
        <translation>Body text size</translation>
    </message>
    <message>
        <source>行距（倍）</source>
        <translation>Line spacing (multiple)</translation>
    </message>
    <message>
        <source>申报材料包含</source>
        <translation>The package holds</translation>
    </message>
    <message>
        <source>申报表</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>Letter of commitment</translation>
    </message>
    <message>
        <source>推荐意见页</source>
        <translation>Recommendation page</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>附件（把证实性材料的 PDF 和图片印入申报材料）</source>
        <translation>Attachments (print the evidence PDFs and images into the package)</translation>
    </message>
    <message>
        <source>必备证实性材料</source>
        <translation>Required evidence</translation>
    </message>
    <message>
        <source>每行一类材料；需要多份的在后面写 ×份数，例如“近三年审计报告 ×3”</source>
        <translation>One kind per line; when several files are needed add ×count, e.g. “近三年审计报告 ×3”</translation>
    </message>
    <message>
        <source>营业执照
近三年审计报告 ×3</source>
        <translation>营业执照
近三年审计报告 ×3</translation>
    </message>
    <message>
        <source>承诺书正文</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <source>{award} 处印出奖项名称</source>
        <translation>{award} prints the award&apos;s name</translation>
    </message>
    <message>
        <source>上限为 0 时显示“不限”，表示该奖项对此没有要求。</source>
        <translation>A limit of 0 shows as “No limit”: the award sets none.</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>新建评奖配置</source>
        <translation>New award profile</translation>
    </message>
    <message>
        <source>修改评奖配置</source>
        <translation>Edit award profile</translation>
    </message>
    <message>
        <source>{0}（{1} 磅）</source>
        <translation>{0} ({1} pt)</translation>
    </message>
    <message>
        <source>请填写配置名称。</source>
        <translation>Please enter a name for the profile.</translation>
    </message>
    <message>
        <source>已有名为“{0}”的评奖配置。</source>
        <translation>There is already an award profile named “{0}”.</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CalibrationItemsModel</name>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>参考分</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>全班均值</source>
        <translation>Class mean</translation>
    </message>
    <message>
        <source>全班极差</source>
        <translation>Class spread</translation>
    </message>
    <message>
        <source>平均绝对偏差</source>
        <translation>Mean abs. deviation</translation>
    </message>
    <message>
        <source>{0}%（{1}）</source>
        <translation>{0}% ({1})</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>评分校准</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>添加学员…</source>
        <translation>Add trainee…</translation>
    </message>
    <message>
        <source>导出学员工作簿…</source>
        <translation>Export trainee workbooks…</translation>
    </message>
    <message>
        <source>导入学员工作簿…</source>
        <translation>Import trainee workbooks…</translation>
    </message>
    <message>
        <source>练习的评分项：</source>
        <translation>Items of the exercise:</translation>
    </message>
    <message>
        <source>选择评分项…</source>
        <translation>Choose items…</translation>
    </message>
    <message>
        <source>公布参考分</source>
        <translation>Reveal reference</translation>
    </message>
    <message>
        <source>各学员的偏差</source>
        <translation>Each trainee&apos;s deviation</translation>
    </message>
    <message>
        <source>全班分歧最大的评分项</source>
        <translation>Where the class disagrees most</translation>
    </message>
    <message>
        <source>隐藏参考分</source>
        <translation>Hide reference</translation>
    </message>
    <message>
        <source>{0} · 学员 {1} 人 · 参考分为评价组已确定的共识（{2} 个评分项）</source>
        <translation>{0} · {1} trainees · the reference is the team&apos;s agreed consensus ({2} items)</translation>
    </message>
    <message>
        <source>尚未选择</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <source>括号内为偏差（学员评分减参考分）；偏差达到 {0} 个百分点的标红。全班平均绝对偏差 {1} 个百分点。</source>
        <translation>In brackets: the deviation (trainee minus reference); {0} points or more in red. Class mean absolute deviation: {1} points.</translation>
    </message>
    <message>
        <source>参考分尚未公布：学员讨论各自的评分之后，点“公布参考分”对照偏差。</source>
        <translation>The reference is hidden: once the trainees have discussed their scores, click “Reveal reference” to see the deviations.</translation>
    </message>
    <message>
        <source>本评价周期还没有确定共识的评分项。校准以评价组的共识为参考分：请先在“共识”页确定共识。</source>
        <translation>No item of this cycle has an agreed consensus. Calibration uses the team&apos;s consensus as the reference: agree it on the Consensus page first.</translation>
    </message>
    <message>
        <source>还没有学员。点“添加学员”登记学员，再为每人导出评分工作簿；收回后点“导入学员工作簿”。</source>
        <translation>No trainees yet. Click “Add trainee” for each, export their workbooks, and once filled in click “Import trainee workbooks”.</translation>
    </message>
    <message>
        <source>添加学员</source>
        <translation>Add trainee</translation>
    </message>
    <message>
        <source>把学员工作簿保存到</source>
        <translation>Save the trainees&apos; workbooks in</translation>
    </message>
</context>
<context>
    <name>CategoryCompareModel</name>
    <message>
        <source>类目</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>满分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>提交前检查</source>
        <translation>Check before submitting</translation>
    </message>
    <message>
        <source>交给评奖办之前，逐项看一遍：空缺的条款、篇幅、必备的证实性材料、趋势数据和晚于截至日期的内容。双击一行打开要修改的地方。</source>
        <translation>Before the package goes to the award office, go through it: empty clauses, lengths, required evidence, trend data and anything later than the as-of date. Double-click a line to open the place to fix.</translation>
    </message>
    <message>
        <source>检查结果列表</source>
        <translation>Check findings</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>信息</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>错误 {0} 项，提醒 {1} 项，信息 {2} 项</source>
        <translation>{0} errors, {1} warnings, {2} notes</translation>
    </message>
    <message>
        <source>没有发现问题，可以导出申报材料。</source>
        <translation>Nothing found: the package is ready to export.</translation>
    </message>
</context>
<context>
    <name>ClauseCard</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>写作指南与关键问题</source>
        <translation>Writing guidance and key questions</translation>
    </message>
    <message>
        <source>关键问题</source>
        <translation>Key questions</translation>
    </message>
    <message>
        <source>加粗（Ctrl+B）</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>项目符号列表</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>编号列表</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>插入表格</source>
        <translation>Insert table</translation>
    </message>
    <message>
        <source>插入表格（3 列）</source>
        <translation>Insert a table (3 columns)</translation>
    </message>
    <message>
        <source>在下方添加一行</source>
        <translation>Add a row below</translation>
    </message>
    <message>
        <source>在右侧添加一列</source>
        <translation>Add a column to the right</translation>
    </message>
    <message>
        <source>删除当前行</source>
        <translation>Delete this row</translation>
    </message>
    <message>
        <source>删除当前列</source>
        <translation>Delete this column</translation>
    </message>
    <message>
        <source>写本组织的做法：谁来做、做什么、多久一次、怎样评价和改进。</source>
        <translation>How you work: who does what, how often, how it is evaluated and improved.</translation>
    </message>
    <message>
        <source>准则未再细分本评分项：此处是整个评分项的回答，不加编号</source>
        <translation>The standard does not divide this item further: this is the answer for the whole item, without a number</translation>
    </message>
    <message>
        <source>本工具为便于撰写而设的细分，不是准则的条款</source>
        <translation>A part this program adds to help writing; not a clause of the standard</translation>
    </message>
    <message>
        <source>{0} 的回答</source>
        <translation>Response to {0}</translation>
    </message>
    <message>
        <source>字数 {0}</source>
        <translation>{0} chars</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>编辑条款 {0}</source>
        <translation>Edit clause {0}</translation>
    </message>
    <message>
        <source>更改条款 {0} 的状态</source>
        <translation>Change status of clause {0}</translation>
    </message>
    <message>
        <source>评分 {0}</source>
        <translation>Score {0}</translation>
    </message>
    <message>
        <source>共识 {0}</source>
        <translation>Consensus {0}</translation>
    </message>
    <message>
        <source>更改分歧阈值</source>
        <translation>Change spread threshold</translation>
    </message>
    <message>
        <source>更改评奖配置</source>
        <translation>Change award profile</translation>
    </message>
    <message>
        <source>添加评审员 {0}</source>
        <translation>Add assessor {0}</translation>
    </message>
    <message>
        <source>添加评语 {0}</source>
        <translation>Add comment on {0}</translation>
    </message>
    <message>
        <source>修改评语 {0}</source>
        <translation>Edit comment on {0}</translation>
    </message>
    <message>
        <source>删除评语 {0}</source>
        <translation>Delete comment on {0}</translation>
    </message>
    <message>
        <source>添加证据 {0}</source>
        <translation>Attach evidence {0}</translation>
    </message>
    <message>
        <source>移除证据 {0}</source>
        <translation>Remove evidence {0}</translation>
    </message>
    <message>
        <source>更改证据关联 {0}</source>
        <translation>Change links of evidence {0}</translation>
    </message>
    <message>
        <source>更改证据说明 {0}</source>
        <translation>Change description of evidence {0}</translation>
    </message>
    <message>
        <source>更改材料类别 {0}</source>
        <translation>Change the evidence kind of {0}</translation>
    </message>
    <message>
        <source>提出改进计划 {0}</source>
        <translation>Raise action plan {0}</translation>
    </message>
    <message>
        <source>修改改进计划 {0}</source>
        <translation>Change action plan {0}</translation>
    </message>
    <message>
        <source>删除改进计划 {0}</source>
        <translation>Delete action plan {0}</translation>
    </message>
    <message>
        <source>编辑组织概述 {0}</source>
        <translation>Edit profile {0}</translation>
    </message>
    <message>
        <source>重命名评价周期 {0}</source>
        <translation>Rename cycle to {0}</translation>
    </message>
    <message>
        <source>修改评奖配置 {0}</source>
        <translation>Edit award profile {0}</translation>
    </message>
    <message>
        <source>更改数据截至日期</source>
        <translation>Change the as-of date</translation>
    </message>
    <message>
        <source>更改申报日期</source>
        <translation>Change the submission date</translation>
    </message>
    <message>
        <source>添加指标 {0}</source>
        <translation>Add indicator {0}</translation>
    </message>
    <message>
        <source>修改指标 {0}</source>
        <translation>Edit indicator {0}</translation>
    </message>
    <message>
        <source>修改指标数据 {0}</source>
        <translation>Edit the figures of {0}</translation>
    </message>
    <message>
        <source>修改对比数据 {0}</source>
        <translation>Edit the comparisons of {0}</translation>
    </message>
    <message>
        <source>移动指标 {0}</source>
        <translation>Move indicator {0}</translation>
    </message>
    <message>
        <source>删除指标 {0}</source>
        <translation>Delete indicator {0}</translation>
    </message>
    <message>
        <source>粘贴指标数据（{0} 个指标）</source>
        <translation>Paste indicator data ({0} indicators)</translation>
    </message>
    <message>
        <source>修改申报单位信息</source>
        <translation>Edit the applicant&apos;s particulars</translation>
    </message>
    <message>
        <source>导入 Word 报告 {0}</source>
        <translation>Import Word report {0}</translation>
    </message>
    <message>
        <source>导入评审员评分工作簿（{0}）</source>
        <translation>Import assessor workbook ({0})</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>优势或改进机会</source>
        <translation>Strength or opportunity for improvement</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>具体写出看到的做法或差距，最好指明涉及的部门、频次或数据。</source>
        <translation>Describe the practice or gap you saw; name the departments, frequencies or figures involved.</translation>
    </message>
    <message>
        <source>重要程度</source>
        <translation>Significance</translation>
    </message>
    <message>
        <source>相关条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>相关要素</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>（整个评分项）</source>
        <translation>(whole item)</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>请写下内容。</source>
        <translation>Please write the text.</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>重要程度</source>
        <translation>Significance</translation>
    </message>
    <message>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>要素</source>
        <translation>Factor</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>年度对比</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <source>对比</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>上一周期总分</source>
        <translation>Earlier total</translation>
    </message>
    <message>
        <source>本周期总分</source>
        <translation>Later total</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>各评价周期的总分</source>
        <translation>Total of every cycle</translation>
    </message>
    <message>
        <source>类目</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>各类目得分对比表</source>
        <translation>Category scores compared</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>上一周期的改进机会</source>
        <translation>Earlier opportunities</translation>
    </message>
    <message>
        <source>项目中只有一个评价周期。下一年度自评时新建一个评价周期（可复制本周期的内容），即可在这里逐项对比两年的得分。</source>
        <translation>The project has one cycle only. For next year&apos;s self-assessment, create a new cycle (it can copy this one); then the two years are compared here item by item.</translation>
    </message>
    <message>
        <source>{0}的改进机会（{1}）</source>
        <translation>Opportunities of {0} ({1})</translation>
    </message>
    <message>
        <source>{0} → {1} · 上一周期的 {2} 条改进机会：已关闭 {3} · 仍未解决 {4} · 再次提出 {5}</source>
        <translation>{0} → {1} · the earlier cycle&apos;s {2} opportunities: {3} closed · {4} still open · {5} raised again</translation>
    </message>
    <message>
        <source>请选择两个不同的评价周期进行对比。</source>
        <translation>Choose two different cycles to compare.</translation>
    </message>
    <message>
        <source>{0} 总分</source>
        <translation>{0} total</translation>
    </message>
    <message>
        <source>{0} 项上升 · {1} 项下降</source>
        <translation>{0} items up · {1} down</translation>
    </message>
    <message>
        <source>升幅最大：{0} {1}</source>
        <translation>Most improved: {0} {1}</translation>
    </message>
    <message>
        <source>分数段 {0}
过程 {1} · 结果 {2}</source>
        <translation>Band {0}
Process {1} · Results {2}</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>对比对象</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>数据来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>“{0}”不是数字（{1}）。</source>
        <translation>“{0}” is not a number ({1}).</translation>
    </message>
    <message>
        <source>对比对象的名称不能为空。</source>
        <translation>The comparison needs a name.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>两人同时修改了同一段文字</source>
        <translation>Two people changed the same text</translation>
    </message>
    <message>
        <source>{0} 保存的版本（{1}）</source>
        <translation>The version {0} saved ({1})</translation>
    </message>
    <message>
        <source>另一位成员</source>
        <translation>another member</translation>
    </message>
    <message>
        <source>您的版本（尚未保存）</source>
        <translation>Your version (not saved yet)</translation>
    </message>
    <message>
        <source>采用对方的版本</source>
        <translation>Take their version</translation>
    </message>
    <message>
        <source>保留我的版本</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>两个版本放在一起再改</source>
        <translation>Put both together and edit</translation>
    </message>
</context>
<context>
    <name>ConsensusBox</name>
    <message>
        <source>{0}% × {1} = {2} 分 · {3} 于 {4} 确定</source>
        <translation>{0}% × {1} = {2} points · agreed by {3} on {4}</translation>
    </message>
    <message>
        <source>未确定共识时，总分暂按评审员评分的中位数计算。</source>
        <translation>Until a consensus is agreed, the total counts the median of the assessors&apos; percents.</translation>
    </message>
    <message>
        <source>你以组长身份确定共识；共识分数计入总分。</source>
        <translation>You agree the consensus as the lead; it counts in the total.</translation>
    </message>
    <message>
        <source>只有评审组长可以确定共识。</source>
        <translation>Only the team lead can agree the consensus.</translation>
    </message>
    <message>
        <source>只有评审组长可以确定共识；当前评分人 {0} 是{1}。</source>
        <translation>Only the team lead can agree the consensus; the current assessor {0} is a {1}.</translation>
    </message>
</context>
<context>
    <name>ConsensusEditing</name>
    <message>
        <source>选中团队清单中的一条改进机会，为它制定改进计划。</source>
        <translation>Select an opportunity in the team&apos;s list to plan an action for it.</translation>
    </message>
    <message>
        <source>采纳后可在团队清单中修改；撰写人仍记为原评审员。</source>
        <translation>Once adopted it can be edited in the team&apos;s list; it stays credited to its assessor.</translation>
    </message>
</context>
<context>
    <name>ConsensusGridModel</name>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>极差</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>共识</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>最高分与最低分之差（百分点）；达到分歧阈值 {0} 的以暖色标出</source>
        <translation>Highest minus lowest percent (points); warm where it reaches the threshold of {0}</translation>
    </message>
</context>
<context>
    <name>ConsensusPage</name>
    <message>
        <source>共识</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>导入评审员工作簿…</source>
        <translation>Import assessor workbooks…</translation>
    </message>
    <message>
        <source>合并项目文件…</source>
        <translation>Merge a project file…</translation>
    </message>
    <message>
        <source>导出评审员工作簿…</source>
        <translation>Export an assessor workbook…</translation>
    </message>
    <message>
        <source>评审员评分对照表</source>
        <translation>Assessors’ scores side by side</translation>
    </message>
    <message>
        <source>只看分歧较大的评分项</source>
        <translation>Only items with a wide spread</translation>
    </message>
    <message>
        <source>各评审员的评分</source>
        <translation>Each assessor&apos;s score</translation>
    </message>
    <message>
        <source>团队共识</source>
        <translation>Team consensus</translation>
    </message>
    <message>
        <source>共识百分比</source>
        <translation>Consensus percent</translation>
    </message>
    <message>
        <source>共识理由：小组讨论后一致认可的依据</source>
        <translation>Rationale: what the team agreed after discussion</translation>
    </message>
    <message>
        <source>团队的优势与改进机会（共识清单）</source>
        <translation>The team&apos;s strengths and opportunities (agreed list)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>提出改进计划…</source>
        <translation>Raise action plan…</translation>
    </message>
    <message>
        <source>评审员各自提出的优势与改进机会</source>
        <translation>Strengths and opportunities written by each assessor</translation>
    </message>
    <message>
        <source>采纳到团队清单</source>
        <translation>Adopt into the team&apos;s list</translation>
    </message>
    <message>
        <source>未确定</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>优势…</source>
        <translation>Strength…</translation>
    </message>
    <message>
        <source>改进机会…</source>
        <translation>Opportunity…</translation>
    </message>
    <message>
        <source>{0} · {1} 位评审员 · 已确定共识 {2}/{3} 项 · 分歧达到阈值（{4} 个百分点）的 {5} 项</source>
        <translation>{0} · {1} assessors · consensus on {2}/{3} items · {5} items at or over the threshold ({4} points)</translation>
    </message>
    <message>
        <source>暖色行：评审员评分的极差达到分歧阈值，最高分和最低分以深色标出。选中一行，在右侧对照各人的判断并确定共识。</source>
        <translation>Warm rows: the assessors&apos; spread reaches the threshold; the highest and lowest percents are darker. Select a row to compare the judgements on the right and agree the consensus.</translation>
    </message>
    <message>
        <source>团队服务器上，组长开启共识评议之前，只能看到自己的评分和评语；看不到的评分不等于没有评分。</source>
        <translation>On a team server, until the lead opens the consensus round you see only your own scores and comments: a score not shown is not a score missing.</translation>
    </message>
    <message>
        <source>均值 {0}% · 极差 {1} 个百分点</source>
        <translation>mean {0}% · spread {1} points</translation>
    </message>
    <message>
        <source>尚无评审员评分</source>
        <translation>not scored yet</translation>
    </message>
    <message>
        <source>{0}类评分项 · 满分 {1} 分 · {2}</source>
        <translation>{0} item · {1} points · {2}</translation>
    </message>
    <message>
        <source>极差 {0} 个百分点，达到分歧阈值 {1}：请对照下面各人的要素判断和理由，讨论后确定共识。</source>
        <translation>A spread of {0} points reaches the threshold of {1}: compare the factor judgements and rationales below, discuss, then agree the consensus.</translation>
    </message>
    <message>
        <source>组长开启共识评议之前，其他评审员的评分暂不可见。</source>
        <translation>The other assessors&apos; scores are hidden until the lead opens the consensus round.</translation>
    </message>
    <message>
        <source>还没有评审员给这个评分项评分。导入评审员的工作簿，或在评分项的“评分”页评分。</source>
        <translation>No assessor has scored this item yet. Import the assessors&apos; workbooks, or score it on the item&apos;s Scoring tab.</translation>
    </message>
</context>
<context>
    <name>ConsensusPart</name>
    <message>
        <source>均值 {0}%，极差 {1} 个百分点</source>
        <translation>Mean {0}%, spread {1} points</translation>
    </message>
    <message>
        <source>还没有评审员给这个评分项评分。</source>
        <translation>No assessor has scored this item yet.</translation>
    </message>
    <message>
        <source>评审员评分的极差为 {0} 个百分点，达到分歧阈值 {1}，建议小组讨论后再确定共识。</source>
        <translation>The assessors&apos; scores spread {0} points, at or above the threshold of {1}; discuss as a team before agreeing the consensus.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>类目 / 评分项 / 条款</source>
        <translation>Category / item / clause</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>未评分</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>{0}%（评审员评分的中位数，暂定）</source>
        <translation>{0}% (median of the assessors, provisional)</translation>
    </message>
    <message>
        <source>{0}%（共识）</source>
        <translation>{0}% (consensus)</translation>
    </message>
    <message>
        <source>{0}
已回答 {1}/{2} 个条款 · 字数 {3}
评分：{4} · 得分 {5}/{6}</source>
        <translation>{0}
{1}/{2} clauses answered · {3} chars
Score: {4} · {5}/{6} points</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>新建评价周期</source>
        <translation>New assessment cycle</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>申报奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>复制“{0}”的内容</source>
        <translation>Copy the content of “{0}”</translation>
    </message>
    <message>
        <source>空白周期</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>复制组织概述、条款回答、结果指标、证据和评审员名单；评分、共识和评语从空白开始。</source>
        <translation>Copies the profile, the responses, the results indicators, the evidence and the assessors; scores, consensus and comments start empty.</translation>
    </message>
    <message>
        <source>新周期从空白开始。</source>
        <translation>The new cycle starts empty.</translation>
    </message>
    <message>
        <source>请填写周期名称。</source>
        <translation>Please enter a name for the cycle.</translation>
    </message>
    <message>
        <source>已有名为“{0}”的周期。</source>
        <translation>There is already a cycle named “{0}”.</translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <source>周期与评奖</source>
        <translation>Cycles and awards</translation>
    </message>
    <message>
        <source>每次自评是一个评价周期。新周期可以复制上一周期的内容接着写；每个周期选定申报的奖项，字数按该奖项的上限检查。</source>
        <translation>Each self-assessment is a cycle. A new cycle can start as a copy of the previous one; each cycle applies for one award, whose length limits are checked.</translation>
    </message>
    <message>
        <source>评价周期</source>
        <translation>Assessment cycles</translation>
    </message>
    <message>
        <source>新建周期…</source>
        <translation>New cycle…</translation>
    </message>
    <message>
        <source>切换到此周期</source>
        <translation>Switch to this cycle</translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>本周期申报的奖项</source>
        <translation>Award of this cycle</translation>
    </message>
    <message>
        <source>组织概述</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>自评报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>页数上限</source>
        <translation>Page limit</translation>
    </message>
    <message>
        <source>数据截至</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <source>本周期的数据和引用截至哪一天。“检查”会指出晚于这一天的数据期间、日期和引用（例如 9 月写成的自评里出现“全年”数据）。</source>
        <translation>The day this cycle&apos;s data and citations stand at. “Check” points out periods, dates and sources later than this day (for example full-year figures in a self-assessment written in September).</translation>
    </message>
    <message>
        <source>未设定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <source>印在封面、申报表、承诺书和自评表上的申报日期。未设定时封面印导出当天，签字页留空待手写。</source>
        <translation>The submission date printed on the cover, the application form, the letter of commitment and the self-assessment table. When not set, the cover prints the day of export and the signed pages leave the date to be written by hand.</translation>
    </message>
    <message>
        <source>字数按 Word 的“字数统计”规则：每个汉字或全角标点计 1，每串连续的字母或数字计 1。</source>
        <translation>Lengths follow Word&apos;s word count: each Chinese character or full-width mark counts 1, each run of letters or digits counts 1.</translation>
    </message>
    <message>
        <source>评奖配置</source>
        <translation>Award profiles</translation>
    </message>
    <message>
        <source>以所选配置为模板，新建本项目自己的评奖配置</source>
        <translation>Make a profile of this project&apos;s own, starting from the selected one</translation>
    </message>
    <message>
        <source>新建配置…</source>
        <translation>New profile…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>内置配置不能修改；各地奖项的要求不同时，以内置配置为模板新建一个，再按申报通知调整上限。</source>
        <translation>Built-in profiles are read-only; where a local award asks for other limits, start a new profile from a built-in one and set the limits of the call for applications.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>申报奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>创建于</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>当前周期</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>“{0}”申报的奖项</source>
        <translation>Award of “{0}”</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>{0} / {1} 字</source>
        <translation>{0} / {1} chars</translation>
    </message>
    <message>
        <source>{0} 字（不限）</source>
        <translation>{0} chars (no limit)</translation>
    </message>
    <message>
        <source>组织概述字数</source>
        <translation>Profile (chars)</translation>
    </message>
    <message>
        <source>自评报告字数</source>
        <translation>Report (chars)</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>内置</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>本项目</source>
        <translation>This project</translation>
    </message>
    <message>
        <source>重命名评价周期</source>
        <translation>Rename cycle</translation>
    </message>
    <message>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>删除评价周期</source>
        <translation>Delete cycle</translation>
    </message>
    <message>
        <source>删除“{0}”？

它的组织概述、条款回答、评分、共识、评语、证据和结果指标都会一并删除，且不能撤销（撤销记录也会清空）。其他周期不受影响。</source>
        <translation>Delete “{0}”?

Its profile, responses, scores, consensus, comments, evidence and results indicators are deleted with it, and this cannot be undone (the undo history is cleared too). Other cycles are not affected.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>过程类评分项</source>
        <translation>Process items</translation>
    </message>
    <message>
        <source>结果类评分项</source>
        <translation>Results items</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>已评分的评分项</source>
        <translation>Items scored</translation>
    </message>
    <message>
        <source>已回答的条款</source>
        <translation>Clauses answered</translation>
    </message>
    <message>
        <source>自评报告字数</source>
        <translation>Report length (chars)</translation>
    </message>
    <message>
        <source>各类目得分（满分为整条）</source>
        <translation>Category scores (full bar = maximum)</translation>
    </message>
    <message>
        <source>类目得分率雷达图</source>
        <translation>Category percentages (radar)</translation>
    </message>
    <message>
        <source>尚可得分最多的十个评分项</source>
        <translation>Ten items with the most points still open</translation>
    </message>
    <message>
        <source>评分分歧大、需要讨论的评分项</source>
        <translation>Items with a wide spread to discuss</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>满分 {0} · 分数段 {1}</source>
        <translation>of {0} · band {1}</translation>
    </message>
    <message>
        <source>满分 {0} · 尚未评分</source>
        <translation>out of {0} · not scored yet</translation>
    </message>
    <message>
        <source>满分 {0}</source>
        <translation>of {0}</translation>
    </message>
    <message>
        <source>其中 {0} 项已确定共识</source>
        <translation>{0} of them agreed by consensus</translation>
    </message>
    <message>
        <source>{0} / {1}（已确定共识 {2}）</source>
        <translation>{0} / {1} ({2} agreed)</translation>
    </message>
    <message>
        <source>{0}（无字数限制）</source>
        <translation>{0} (no length limit)</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>尚可得分</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>{0} {1}：极差 {2} 个百分点（{3}）</source>
        <translation>{0} {1}: spread {2} points ({3})</translation>
    </message>
    <message>
        <source>没有评分分歧达到阈值的评分项。多位评审员独立评分后，分歧大的评分项会列在这里。</source>
        <translation>No item has a spread at or above the threshold. Once several assessors score independently, items they disagree on are listed here.</translation>
    </message>
</context>
<context>
    <name>DisputedModel</name>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>全班极差</source>
        <translation>Class spread</translation>
    </message>
    <message>
        <source>平均绝对偏差</source>
        <translation>Mean abs. deviation</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>把文件拖到这里，或点“添加文件…”。文件保存在项目文件里，随项目一起备份和移交；可以关联到整个评分项或某个条款。</source>
        <translation>Drop files here or click “Add files…”. Files are stored inside the project file, so they are backed up and handed over with it; link them to the whole item or to a clause.</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>关联条款</source>
        <translation>Link to clauses</translation>
    </message>
    <message>
        <source>材料类别</source>
        <translation>Evidence kind</translation>
    </message>
    <message>
        <source>申报奖项要求的证实性材料（营业执照、审计报告等）中，这个文件属于哪一类</source>
        <translation>Which of the evidence kinds the award requires (business licence, audit reports …) this file is</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>整个评分项</source>
        <translation>Whole item</translation>
    </message>
    <message>
        <source>另见 {0}</source>
        <translation>also {0}</translation>
    </message>
    <message>
        <source>双击填写说明</source>
        <translation>Double-click to describe</translation>
    </message>
    <message>
        <source>共 {0} 个文件</source>
        <translation>{0} files</translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <source>正在读取 {0} 个文件…</source>
        <translation>Reading {0} files…</translation>
    </message>
    <message>
        <source>不属于要求的类别</source>
        <translation>None of the required kinds</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>导出(&amp;X)</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>申报材料（PDF）…</source>
        <translation>Application package (PDF)…</translation>
    </message>
    <message>
        <source>内部评价报告（PDF）…</source>
        <translation>Internal assessment report (PDF)…</translation>
    </message>
    <message>
        <source>评分工作簿（Excel）…</source>
        <translation>Scoring workbook (Excel)…</translation>
    </message>
    <message>
        <source>申报用自评表（Excel）…</source>
        <translation>Self-assessment table for submission (Excel)…</translation>
    </message>
    <message>
        <source>评审员评分工作簿（Excel）…</source>
        <translation>Assessor&apos;s workbook (Excel)…</translation>
    </message>
    <message>
        <source>申报材料</source>
        <translation>application package</translation>
    </message>
    <message>
        <source>内部评价报告</source>
        <translation>internal report</translation>
    </message>
    <message>
        <source>导出{0}</source>
        <translation>Export the {0}</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>申报材料（Word）…</source>
        <translation>Application package (Word)…</translation>
    </message>
    <message>
        <source>内部评价报告（Word）…</source>
        <translation>Internal assessment report (Word)…</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>{0} 已存在。要替换它吗？</source>
        <translation>{0} already exists. Replace it?</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>正在导出{0}…</source>
        <translation>Exporting the {0}…</translation>
    </message>
    <message>
        <source>评分工作簿</source>
        <translation>scoring workbook</translation>
    </message>
    <message>
        <source>自评表</source>
        <translation>self-assessment table</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>导出评审员评分工作簿</source>
        <translation>Export an assessor&apos;s workbook</translation>
    </message>
    <message>
        <source>为哪位评审员导出？（可输入新的姓名）</source>
        <translation>For which assessor? (a new name is allowed)</translation>
    </message>
    <message>
        <source>正在导出评审员评分工作簿…</source>
        <translation>Exporting assessor workbooks…</translation>
    </message>
    <message>
        <source>……另有 {0} 项</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <source>导出申报材料</source>
        <translation>Export the application package</translation>
    </message>
    <message>
        <source>提交前检查发现 {0} 项问题（其中错误 {1} 项）。仍然导出吗？</source>
        <translation>The check before submitting found {0} problems ({1} of them errors). Export anyway?</translation>
    </message>
    <message>
        <source>仍然导出</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>先去修改</source>
        <translation>Fix them first</translation>
    </message>
    <message>
        <source>已导出：
{0}</source>
        <translation>Exported:
{0}</translation>
    </message>
    <message>
        <source>……另有 {0} 条提醒</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <source>请注意：</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>FatesModel</name>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>上一周期的改进机会</source>
        <translation>Earlier opportunity</translation>
    </message>
    <message>
        <source>去向</source>
        <translation>What became of it</translation>
    </message>
    <message>
        <source>改进计划</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>本周期的对应意见</source>
        <translation>Matching comment now</translation>
    </message>
    <message>
        <source>未制定</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>FigureReferences</name>
    <message>
        <source>复制“{0}”</source>
        <translation>Copy “{0}”</translation>
    </message>
    <message>
        <source>插入到条款回答的末尾</source>
        <translation>Add to the end of a response</translation>
    </message>
    <message>
        <source>提示：在条款编辑框中右键可在光标处插入</source>
        <translation>Tip: right-click in a response to insert at the cursor</translation>
    </message>
    <message>
        <source>已复制“{0}”，可粘贴到任意回答中。</source>
        <translation>Copied “{0}”; paste it into any response.</translation>
    </message>
</context>
<context>
    <name>FigureRefs</name>
    <message>
        <source>插入图号引用</source>
        <translation>Insert figure reference</translation>
    </message>
    <message>
        <source>（尚无指标，请先在“结果指标”页添加）</source>
        <translation>(no indicators yet: add them on the Results indicators page)</translation>
    </message>
</context>
<context>
    <name>GuideDock</name>
    <message>
        <source>评分指南 · {0}类</source>
        <translation>Scoring guidelines · {0}</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>{0}类评分项</source>
        <translation>{0} items</translation>
    </message>
    <message>
        <source>要素：{0}</source>
        <translation>Factors: {0}</translation>
    </message>
    <message>
        <source>先判断每个要素落在哪个分数段，再在它们覆盖的范围内给出总体百分比（5 的倍数）。</source>
        <translation>First judge the band of each factor, then give an overall percentage (a multiple of 5) within the range they cover. Band descriptions are in Chinese.</translation>
    </message>
    <message>
        <source>◀ 当前判断</source>
        <translation>◀ current judgement</translation>
    </message>
    <message>
        <source>当前分数所在段</source>
        <translation>band of the current score</translation>
    </message>
</context>
<context>
    <name>HelpCentre</name>
    <message>
        <source>使用手册</source>
        <translation>User manual</translation>
    </message>
    <message>
        <source>评分方法说明</source>
        <translation>How scores are formed</translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>使用手册 — 卓越绩效自评</source>
        <translation>User manual — Excellence Self-Assessment</translation>
    </message>
    <message>
        <source>搜索手册，例如：共识、LeTCI、字数</source>
        <translation>Search the manual, e.g. consensus, LeTCI, character count</translation>
    </message>
    <message>
        <source>{0} 节含有“{1}”</source>
        <translation>Sections containing “{1}”: {0}</translation>
    </message>
    <message>
        <source>没有找到含有“{0}”的章节。</source>
        <translation>No section contains “{0}”.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
</context>
<context>
    <name>IndicatorAnalysis</name>
    <message>
        <source>向好</source>
        <translation>improving</translation>
    </message>
    <message>
        <source>变差</source>
        <translation>getting worse</translation>
    </message>
    <message>
        <source>基本持平</source>
        <translation>about level</translation>
    </message>
    <message>
        <source>尚无数据</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <source>{0}{1}（{2}）</source>
        <translation>{0}{1} ({2})</translation>
    </message>
    <message>
        <source>已达到</source>
        <translation>met</translation>
    </message>
    <message>
        <source>未达到</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>；目标 {0}{1}，{2}</source>
        <translation>; target {0}{1}, {2}</translation>
    </message>
    <message>
        <source>；目标 {0}{1}</source>
        <translation>; target {0}{1}</translation>
    </message>
    <message>
        <source>当前水平</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>越大越好</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>越小越好</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>{0} 期数据，不足以判断趋势（{1}）</source>
        <translation>{0} periods, too few to show a trend ({1})</translation>
    </message>
    <message>
        <source>{0} 期数据，{1}（{2}）</source>
        <translation>{0} periods, {1} ({2})</translation>
    </message>
    <message>
        <source>趋势</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>领先</source>
        <translation>ahead</translation>
    </message>
    <message>
        <source>落后</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>{0}（{1}）：本组织 {2}，对方 {3}，{4}</source>
        <translation>{0} ({1}): ours {2}, theirs {3}, {4}</translation>
    </message>
    <message>
        <source>对比</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>无可比数据</source>
        <translation>no comparative data</translation>
    </message>
    <message>
        <source>未关联</source>
        <translation>not linked</translation>
    </message>
    <message>
        <source>整合</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>评审员会关注</source>
        <translation>Examiners will notice</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>选择一个指标查看图表</source>
        <translation>Select an indicator to see its chart</translation>
    </message>
    <message>
        <source>（尚无数据）</source>
        <translation> (no data yet)</translation>
    </message>
    <message>
        <source>本组织</source>
        <translation>Our organisation</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>目标 {0}{1}</source>
        <translation>Target {0}{1}</translation>
    </message>
</context>
<context>
    <name>IndicatorImport</name>
    <message>
        <source>……另有 {0} 处问题</source>
        <translation>… and {0} more problems</translation>
    </message>
    <message>
        <source>数据没有导入。请在表格中改正下列单元格后重新复制粘贴：</source>
        <translation>Nothing was imported. Correct these cells in the spreadsheet, then copy and paste again:</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>越大越好</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>越小越好</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>图号</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>指标名称</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>改进方向</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>目标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>关联的战略目标或关键要求</source>
        <translation>Linked strategic objective or key requirement</translation>
    </message>
    <message>
        <source>指标名称不能为空。</source>
        <translation>The indicator needs a name.</translation>
    </message>
    <message>
        <source>改进方向只能是“越大越好”或“越小越好”。</source>
        <translation>Better is either “higher” or “lower”.</translation>
    </message>
    <message>
        <source>“{0}”不是数字（{1}）。可以写 1234.5、1,234.5、98.5% 或全角数字。</source>
        <translation>“{0}” is not a number ({1}). Write 1234.5, 1,234.5, 98.5% or full-width digits.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>结果指标</source>
        <translation>Results indicators</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>每个指标一行，每期一列；在 Excel 或 WPS 中复制含表头的区域（指标名称、可选的单位/方向/目标列、各期间），再点“粘贴表格”或在表中按 Ctrl+V。</source>
        <translation>One indicator a row, one period a column. Copy a range with its header row in Excel or WPS (name, optional unit/direction/target columns, the periods), then click Paste table or press Ctrl+V in the table.</translation>
    </message>
    <message>
        <source>添加指标</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移（图号随之改变，正文中的引用自动更新）</source>
        <translation>Move up (figure numbers change; references in the text follow)</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移（图号随之改变，正文中的引用自动更新）</source>
        <translation>Move down (figure numbers change; references in the text follow)</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>添加期间…</source>
        <translation>Add period…</translation>
    </message>
    <message>
        <source>把剪贴板中从 Excel 或 WPS 复制的表格导入本评分项（Ctrl+V）</source>
        <translation>Import a table copied from Excel or WPS into this item (Ctrl+V)</translation>
    </message>
    <message>
        <source>粘贴表格</source>
        <translation>Paste table</translation>
    </message>
    <message>
        <source>导入 CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>在条款回答中引用所选指标的图，如“（见图4.7.2-1）”</source>
        <translation>Cite the selected indicator&apos;s figure in a response, e.g. “（见图4.7.2-1）”</translation>
    </message>
    <message>
        <source>引用此图</source>
        <translation>Cite figure</translation>
    </message>
    <message>
        <source>指标数据表</source>
        <translation>Indicator data</translation>
    </message>
    <message>
        <source>图表与分析</source>
        <translation>Chart and analysis</translation>
    </message>
    <message>
        <source>关联的战略目标或关键要求（整合）</source>
        <translation>Linked strategic objective or key requirement (integration)</translation>
    </message>
    <message>
        <source>关联的战略目标或关键要求</source>
        <translation>Linked strategic objective or key requirement</translation>
    </message>
    <message>
        <source>如：SO1 质量领先；顾客要求的交付周期</source>
        <translation>e.g. SO1 quality leadership; the delivery time customers require</translation>
    </message>
    <message>
        <source>对比数据</source>
        <translation>Comparisons</translation>
    </message>
    <message>
        <source>添加对比系列</source>
        <translation>Add comparison</translation>
    </message>
    <message>
        <source>删除对比系列</source>
        <translation>Delete comparison</translation>
    </message>
    <message>
        <source>写明每个对比系列的数据来源（行业协会年报、第三方测评、客户评分卡等），评审员据此判断对比是否可信。</source>
        <translation>Name the source of each comparison (industry association report, third-party survey, customer scorecard …): examiners judge the comparison by it.</translation>
    </message>
    <message>
        <source>{0} {1}（{2} 个指标）</source>
        <translation>{0} {1} ({2} indicators)</translation>
    </message>
    <message>
        <source>在上表中选择一个指标。</source>
        <translation>Select an indicator in the table above.</translation>
    </message>
    <message>
        <source>对比数据（{0}）</source>
        <translation>Comparisons ({0})</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>新指标</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>已删除指标“{0}”，可用“撤销”恢复。</source>
        <translation>Indicator “{0}” deleted; Undo brings it back.</translation>
    </message>
    <message>
        <source>添加期间</source>
        <translation>Add period</translation>
    </message>
    <message>
        <source>期间名称（如 2027、2026Q1 或 2026-06）：</source>
        <translation>Period (e.g. 2027, 2026Q1 or 2026-06):</translation>
    </message>
    <message>
        <source>期间“{0}”已在表中。</source>
        <translation>Period “{0}” is already in the table.</translation>
    </message>
    <message>
        <source>期间名称过长。</source>
        <translation>The period label is too long.</translation>
    </message>
    <message>
        <source>对比对象</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>ItemChoiceDialog</name>
    <message>
        <source>练习的评分项</source>
        <translation>Items of the exercise</translation>
    </message>
    <message>
        <source>选择学员要评分的评分项。只有已确定共识的评分项可以作为参考。</source>
        <translation>Choose the items the trainees score. Only items with an agreed consensus can serve as a reference.</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{0}（尚无共识）</source>
        <translation>{0} (no consensus yet)</translation>
    </message>
</context>
<context>
    <name>ItemCompareModel</name>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>满分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>{0} 得分率</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>{0} 得分</source>
        <translation>{0} score</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>撰写回答</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>本评分项考察什么</source>
        <translation>What this item examines</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>条款划分的依据：{0}</source>
        <translation>What the division into clauses rests on: {0}</translation>
    </message>
    <message>
        <source>相关评分项：{0}</source>
        <translation>Related items: {0}</translation>
    </message>
    <message>
        <source>{0}类评分项 · 满分 {1} 分 · 已回答 {2}/{3} 个条款 · 字数 {4} · 优势 {5} · 改进机会 {6} · 证据 {7}</source>
        <translation>{0} item · {1} points · {2}/{3} clauses answered · {4} chars · {5} strengths · {6} OFIs · {7} evidence files</translation>
    </message>
    <message>
        <source>未评分</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>满分 {0} 分</source>
        <translation>out of {0} points</translation>
    </message>
    <message>
        <source>{0} 分</source>
        <translation>{0} pts</translation>
    </message>
    <message>
        <source>暂定</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>共识</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>{0}%（{1}）· 满分 {2} 分</source>
        <translation>{0}% ({1}) · of {2} points</translation>
    </message>
    <message>
        <source>证据（{0}）</source>
        <translation>Evidence ({0})</translation>
    </message>
    <message>
        <source>评分（{0}）</source>
        <translation>Score ({0})</translation>
    </message>
    <message>
        <source>撰写回答（{0}/{1}）</source>
        <translation>Responses ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>未填写</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>组长</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>评审员</source>
        <translation>assessor</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>trainee</translation>
    </message>
    <message>
        <source>优势</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>改进机会</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>过程</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已关闭：改进计划已完成</source>
        <translation>Closed: the action is done</translation>
    </message>
    <message>
        <source>仍未解决</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>本周期再次提出</source>
        <translation>Raised again this cycle</translation>
    </message>
</context>
<context>
    <name>Letci</name>
    <message>
        <source>水平</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>趋势</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>对比</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>整合</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>水</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>趋</source>
        <translation>T</translation>
    </message>
    <message>
        <source>比</source>
        <translation>C</translation>
    </message>
    <message>
        <source>整</source>
        <translation>I</translation>
    </message>
    <message>
        <source>已体现</source>
        <translation>shown</translation>
    </message>
    <message>
        <source>需加强</source>
        <translation>needs work</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>条款回答</source>
        <translation>clause responses</translation>
    </message>
    <message>
        <source>组织概述</source>
        <translation>the organisation profile</translation>
    </message>
    <message>
        <source>评审员</source>
        <translation>assessors</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>scores</translation>
    </message>
    <message>
        <source>共识</source>
        <translation>the consensus</translation>
    </message>
    <message>
        <source>评语</source>
        <translation>strengths and opportunities</translation>
    </message>
    <message>
        <source>结果指标</source>
        <translation>results indicators</translation>
    </message>
    <message>
        <source>证实性材料</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>改进计划</source>
        <translation>action plans</translation>
    </message>
    <message>
        <source>评价周期</source>
        <translation>cycles</translation>
    </message>
    <message>
        <source>项目设置</source>
        <translation>project settings</translation>
    </message>
    <message>
        <source>{0} 刚刚修改了{1}</source>
        <translation>{0} just changed {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>卓越绩效自评</source>
        <translation>Excellence Self-Assessment</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>评价准则</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>评分指南</source>
        <translation>Scoring guidelines</translation>
    </message>
    <message>
        <source>新建项目(&amp;N)…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>新建项目</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>打开示例企业(&amp;E)</source>
        <translation>Open the &amp;Example</translation>
    </message>
    <message>
        <source>关闭项目(&amp;C)</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>新建一个组织的自评项目</source>
        <translation>Start a self-assessment project for an organisation</translation>
    </message>
    <message>
        <source>打开项目文件（.exa）</source>
        <translation>Open a project file (.exa)</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>在准则指南和本组织的回答中查找</source>
        <translation>Search the criteria guidance and your organisation&apos;s responses</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>上一评分项</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>下一评分项</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>升级前的文件已另存为：{0}</source>
        <translation>The file as it was before the upgrade was saved as: {0}</translation>
    </message>
    <message>
        <source>项目文件已升级</source>
        <translation>Project file upgraded</translation>
    </message>
    <message>
        <source>{0}（团队服务器 {1}）</source>
        <translation>{0} (team server {1})</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>Source text</translation>
    </message>
    <message>
        <source>归入</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>字数</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>标题 → {0}</source>
        <translation>Heading → {0}</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>百分比</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>要素评价</source>
        <translation>Factor bands</translation>
    </message>
    <message>
        <source>评分理由</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>新增意见</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>新评审员</source>
        <translation>New assessor</translation>
    </message>
    <message>
        <source>{0} · {1}：{2}</source>
        <translation>{0} · {1}: {2}</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>已合并 {0} 处改动。</source>
        <translation>Merged {0} changes.</translation>
    </message>
    <message>
        <source>有 {0} 处冲突保留了项目中现有的内容。</source>
        <translation> {0} conflicts kept what the project already had.</translation>
    </message>
    <message>
        <source>{0}：未导入，请改正下列问题后重新导入。</source>
        <translation>{0}: not imported; correct the problems below and import it again.</translation>
    </message>
    <message>
        <source>{0}：评审员“{1}”的内容与项目一致，没有改动。</source>
        <translation>{0}: assessor “{1}” matches the project; nothing changed.</translation>
    </message>
    <message>
        <source>{0}：已导入评审员“{1}”——评分 {2} 项有改动，新增意见 {3} 条，修改 {4} 条，删除 {5} 条。</source>
        <translation>{0}: imported assessor “{1}” — {2} scores changed, {3} comments added, {4} changed, {5} deleted.</translation>
    </message>
    <message>
        <source>已导入 {0} 个工作簿，共 {1} 个。</source>
        <translation>Imported {0} of {1} workbooks.</translation>
    </message>
    <message>
        <source>有 {0} 处问题，见下方（工作表!单元格）。</source>
        <translation> {0} problems, listed below (sheet!cell).</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>合并评审员的评分</source>
        <translation>Merge assessors&apos; scores</translation>
    </message>
    <message>
        <source>工作簿中的问题（单元格位置：问题）</source>
        <translation>Problems in the workbooks (cell: problem)</translation>
    </message>
    <message>
        <source>冲突处以导入的内容为准（不勾选则保留项目中现有的内容）</source>
        <translation>Where they conflict, take the incoming values (unticked: keep the project&apos;s)</translation>
    </message>
    <message>
        <source>只导入没有问题的行，其余的行留待改正后再导入</source>
        <translation>Import only the rows without problems; import the rest once corrected</translation>
    </message>
    <message>
        <source>评审员工作簿：{0}</source>
        <translation>Assessor workbooks: {0}</translation>
    </message>
    <message>
        <source>评审员的项目文件：{0}</source>
        <translation>Assessor&apos;s project file: {0}</translation>
    </message>
    <message>
        <source>共 {0} 处改动，涉及评审员 {1}；没有与项目中已有内容冲突的改动。</source>
        <translation>{0} changes from {1}; none conflicts with what the project already has.</translation>
    </message>
    <message>
        <source>共 {0} 处改动，涉及评审员 {1}；其中 {2} 处与项目中已有的内容不同（冲突，底色标出）。</source>
        <translation>{0} changes from {1}; {2} of them differ from what the project already has (conflicts, shaded).</translation>
    </message>
    <message>
        <source>没有可以合并的改动：文件中的问题见下方列表。</source>
        <translation>Nothing can be merged: the problems in the file are listed below.</translation>
    </message>
    <message>
        <source>没有需要合并的改动：文件中的内容与项目一致。</source>
        <translation>Nothing to merge: the files match the project.</translation>
    </message>
    <message>
        <source>{0}：这个工作簿属于本项目的另一个评价周期，请先切换到那个周期再导入。</source>
        <translation>{0}: this workbook belongs to another cycle of this project; switch to that cycle first.</translation>
    </message>
    <message>
        <source>工作簿是该评审员评分的完整记录：导入后，项目中这位评审员的评分和意见以工作簿为准。</source>
        <translation>A workbook is the assessor&apos;s whole record: once imported, the workbook decides that assessor&apos;s scores and comments. </translation>
    </message>
    <message>
        <source>只合并评分和评审员本人的意见，团队的共识和意见清单不变。</source>
        <translation>Only scores and the assessors&apos; own comments are merged; the team&apos;s consensus and list stay as they are. </translation>
    </message>
    <message>
        <source>合并不能撤销，此前的撤销记录也会清空。</source>
        <translation>A merge cannot be undone, and the undo history is cleared.</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>导入评审员工作簿</source>
        <translation>Import assessor workbooks</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>合并评审员的项目文件</source>
        <translation>Merge an assessor&apos;s project file</translation>
    </message>
    <message>
        <source>项目文件 (*.exa)</source>
        <translation>Project files (*.exa)</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>正在合并…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>合并结果</source>
        <translation>Merge result</translation>
    </message>
    <message>
        <source>无法合并</source>
        <translation>Cannot merge</translation>
    </message>
</context>
<context>
    <name>MergePreviewModel</name>
    <message>
        <source>评审员</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>项目中现有</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>导入后</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>新建项目</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>这个自评项目属于哪个组织，项目文件保存在哪里。一个文件保存一个组织历年的全部自评。</source>
        <translation>Which organisation this self-assessment is for and where its project file goes. One file holds all of an organisation&apos;s yearly self-assessments.</translation>
    </message>
    <message>
        <source>组织名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>例如：某某精密机械有限公司</source>
        <translation>e.g. Example Precision Machinery Co., Ltd.</translation>
    </message>
    <message>
        <source>项目文件</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>评价设置</source>
        <translation>Assessment settings</translation>
    </message>
    <message>
        <source>选择评价准则和申报的奖项；奖项决定组织概述和自评报告的字数上限。以后都可以在设置中更改。</source>
        <translation>Choose the criteria and the award you apply for; the award sets the length limits of the organisational profile and the report. Both can be changed later in Settings.</translation>
    </message>
    <message>
        <source>评价准则</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>评奖配置</source>
        <translation>Award profile</translation>
    </message>
    <message>
        <source>第一个评价周期</source>
        <translation>First cycle</translation>
    </message>
    <message>
        <source>{0}年度自评</source>
        <translation>{0} self-assessment</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>项目文件保存为</source>
        <translation>Save project file as</translation>
    </message>
    <message>
        <source>项目文件 (*.exa)</source>
        <translation>Project files (*.exa)</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>none</translation>
    </message>
    <message>
        <source>字数上限：组织概述 {0}，自评报告 {1}</source>
        <translation>Length limits: profile {0}, report {1} chars</translation>
    </message>
    <message>
        <source>请填写组织名称。</source>
        <translation>Please enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>请选择项目文件的位置。</source>
        <translation>Please choose where to save the project file.</translation>
    </message>
    <message>
        <source>文件已存在：{0}。请换一个名字，或用“打开”打开它。</source>
        <translation>The file already exists: {0}. Choose another name, or use Open to open it.</translation>
    </message>
    <message>
        <source>请填写评价周期的名称。</source>
        <translation>Please name the cycle.</translation>
    </message>
    <message>
        <source>没有可用的评价准则。</source>
        <translation>No criteria pack is available.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsCard</name>
    <message>
        <source>申报单位信息（用于封面、申报表和承诺书）</source>
        <translation>Applicant&apos;s particulars (for the cover, the application form and the letter of commitment)</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>18 位，按 GB 32100 校验</source>
        <translation>18 characters, checked by GB 32100</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>成立年份</source>
        <translation>Year founded</translation>
    </message>
    <message>
        <source>例如 2003</source>
        <translation>e.g. 2003</translation>
    </message>
    <message>
        <source>员工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>上年营业收入（万元）</source>
        <translation>Last year&apos;s revenue (10,000 yuan)</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>单位地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>邮政编码</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>6 位数字</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>主要产品和服务</source>
        <translation>Main products and services</translation>
    </message>
    <message>
        <source>管理体系认证</source>
        <translation>Management system certificates</translation>
    </message>
    <message>
        <source>例如 ISO 9001、ISO 14001</source>
        <translation>e.g. ISO 9001, ISO 14001</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>例如 电气机械和器材制造业</source>
        <translation>e.g. electrical machinery and equipment</translation>
    </message>
    <message>
        <source>单位性质</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>国有、民营、外资、混合所有制……</source>
        <translation>state-owned, private, foreign-owned, mixed …</translation>
    </message>
    <message>
        <source>资产总额（万元）</source>
        <translation>Total assets (10,000 yuan)</translation>
    </message>
    <message>
        <source>上年利润总额（万元）</source>
        <translation>Last year&apos;s profit (10,000 yuan)</translation>
    </message>
    <message>
        <source>万元，亏损填负数</source>
        <translation>10,000 yuan; a loss as a negative number</translation>
    </message>
    <message>
        <source>上年纳税总额（万元）</source>
        <translation>Last year&apos;s taxes (10,000 yuan)</translation>
    </message>
    <message>
        <source>主要荣誉</source>
        <translation>Main honours</translation>
    </message>
    <message>
        <source>近三年省级以上荣誉</source>
        <translation>Provincial or higher honours of the last three years</translation>
    </message>
    <message>
        <source>“{0}”应为数字</source>
        <translation>“{0}” must be a number</translation>
    </message>
    <message>
        <source>统一社会信用代码{0}</source>
        <translation>Unified social credit code: {0}</translation>
    </message>
    <message>
        <source>“{0}”的值无效</source>
        <translation>“{0}” is not valid</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>组织概述</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>结果指标</source>
        <translation>Results indicators</translation>
    </message>
    <message>
        <source>共识</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>年度对比</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <source>改进计划</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>培训演示</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>评分校准</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>提交前检查</source>
        <translation>Check before submitting</translation>
    </message>
    <message>
        <source>周期与评奖</source>
        <translation>Cycles and awards</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>连接团队服务器</source>
        <translation>Connect to a team server</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>在系统钥匙串中记住密码</source>
        <translation>Remember the password in the system&apos;s keyring</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>PasteAndImport</name>
    <message>
        <source>导入指标数据</source>
        <translation>Import indicator data</translation>
    </message>
    <message>
        <source>表格数据 (*.csv *.txt);;所有文件 (*)</source>
        <translation>Table data (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>粘贴表格</source>
        <translation>Paste table</translation>
    </message>
    <message>
        <source>剪贴板中没有表格。请先在 Excel 或 WPS 中复制含表头的区域。</source>
        <translation>The clipboard holds no table. Copy a range with its header row in Excel or WPS first.</translation>
    </message>
    <message>
        <source>表格有误，未导入</source>
        <translation>Table not imported</translation>
    </message>
    <message>
        <source>已导入 {0} 个指标：新增 {1} 个，更新 {2} 个。</source>
        <translation>Imported {0} indicators: {1} added, {2} updated.</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>过程类评分项</source>
        <translation>Process item</translation>
    </message>
    <message>
        <source>结果类评分项</source>
        <translation>Results item</translation>
    </message>
    <message>
        <source>{0} {1} · {2} · 满分 {3} 分</source>
        <translation>{0} {1} · {2} · {3} points</translation>
    </message>
    <message>
        <source>本评分项的条款</source>
        <translation>The clauses of this item</translation>
    </message>
    <message>
        <source>相关评分项：{0}</source>
        <translation>Related items: {0}</translation>
    </message>
    <message>
        <source>{0} · 条款 {1}/{2}</source>
        <translation>{0} · clause {1}/{2}</translation>
    </message>
    <message>
        <source>关键问题</source>
        <translation>Key questions</translation>
    </message>
    <message>
        <source>{0} · 评分指南（{1}：{2}）</source>
        <translation>{0} · scoring guidelines ({1}: {2})</translation>
    </message>
    <message>
        <source>分数段 {0} 至 {1}</source>
        <translation>Bands {0} to {1}</translation>
    </message>
    <message>
        <source>分数段</source>
        <translation>Band</translation>
    </message>
</context>
<context>
    <name>PresentPage</name>
    <message>
        <source>培训演示</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>逐项讲解准则条款与评分指南（只读）</source>
        <translation>The criteria and scoring guidelines, item by item (read-only)</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>全屏演示</source>
        <translation>Present full screen</translation>
    </message>
    <message>
        <source>演示内容</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>←/→ 或 PageUp/PageDown 翻页 · Esc 退出全屏</source>
        <translation>←/→ or PageUp/PageDown to turn · Esc to leave</translation>
    </message>
    <message>
        <source>←/→ 或 PageUp/PageDown 翻页 · F5 全屏演示</source>
        <translation>←/→ or PageUp/PageDown to turn · F5 full screen</translation>
    </message>
    <message>
        <source>{0} {1} · 第 {2} 页，共 {3} 页 · {4}</source>
        <translation>{0} {1} · page {2} of {3} · {4}</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>申报材料</source>
        <translation>Application package</translation>
    </message>
    <message>
        <source>内部评价报告</source>
        <translation>Internal assessment report</translation>
    </message>
    <message>
        <source>不含评分</source>
        <translation>Without scores</translation>
    </message>
    <message>
        <source>含评分</source>
        <translation>With scores</translation>
    </message>
    <message>
        <source>申报材料是否附上自评得分（内部评价报告总含评分）</source>
        <translation>Whether the package carries the self-assessed scores (the internal report always does)</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>适合页面</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>第</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <source>正在准备{0}的预览…</source>
        <translation>Preparing the preview of the {0}…</translation>
    </message>
    <message>
        <source>正在准备打印{0}…</source>
        <translation>Preparing the {0} for printing…</translation>
    </message>
    <message>
        <source>请注意：</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <source>页，共 {0} 页</source>
        <translation>of {0}</translation>
    </message>
    <message>
        <source>正在打印{0}…</source>
        <translation>Printing the {0}…</translation>
    </message>
    <message>
        <source>导出{0}</source>
        <translation>Export the {0}</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>打印预览(&amp;V)…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>组织概述</source>
        <translation>Organisational profile</translation>
    </message>
    <message>
        <source>评审员先读组织概述，再读各评分项的回答。用数据和表格说明组织是谁、面对什么；每节下的写作指南列出了要回答的问题。</source>
        <translation>Examiners read the profile before any response. Say with figures and tables who the organisation is and what it faces; the guidance under each section lists the questions to answer.</translation>
    </message>
    <message>
        <source>超出 {0} 字</source>
        <translation>{0} chars over</translation>
    </message>
    <message>
        <source>尚余 {0} 字</source>
        <translation>{0} chars left</translation>
    </message>
    <message>
        <source>全文字数 · {0}上限 · {1}</source>
        <translation>Whole profile · {0} limit · {1}</translation>
    </message>
    <message>
        <source>全文字数 · {0}不限字数</source>
        <translation>Whole profile · {0} sets no limit</translation>
    </message>
</context>
<context>
    <name>ProfileSectionCard</name>
    <message>
        <source>用事实和数据写：规模、产品、顾客、竞争地位、面临的挑战……</source>
        <translation>Write facts and figures: size, products, customers, competitive position, challenges …</translation>
    </message>
    <message>
        <source>组织概述 {0}</source>
        <translation>Organisational profile {0}</translation>
    </message>
</context>
<context>
    <name>ProjectControl</name>
    <message>
        <source>评价周期</source>
        <translation>Assessment cycles</translation>
    </message>
    <message>
        <source>打开项目</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>项目文件 (*.exa);;所有文件 (*)</source>
        <translation>Project files (*.exa);;All files (*)</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>团队服务器 {0} 要求输入用户 {1} 的密码：</source>
        <translation>The team server {0} asks for the password of {1}:</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>导出项目存档(&amp;T)（交换格式）…</source>
        <translation>Expor&amp;t Project Archive (Interchange)…</translation>
    </message>
    <message>
        <source>从项目存档新建项目(&amp;H)…</source>
        <translation>New Project from Arc&amp;hive…</translation>
    </message>
    <message>
        <source>导入评审员评分工作簿(&amp;K)…</source>
        <translation>Import Assessor Wor&amp;kbooks…</translation>
    </message>
    <message>
        <source>{0}-副本</source>
        <translation>{0}-copy</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>项目文件 (*.exa)</source>
        <translation>Project files (*.exa)</translation>
    </message>
    <message>
        <source>正在另存为 {0}…</source>
        <translation>Saving as {0}…</translation>
    </message>
    <message>
        <source>已另存为 {0}</source>
        <translation>Saved as {0}</translation>
    </message>
    <message>
        <source>导出项目存档（交换格式）</source>
        <translation>Export project archive (interchange)</translation>
    </message>
    <message>
        <source>项目存档 (*.zip)</source>
        <translation>Project archives (*.zip)</translation>
    </message>
    <message>
        <source>正在导出项目存档…</source>
        <translation>Exporting the project archive…</translation>
    </message>
    <message>
        <source>已导出项目存档：
{0}</source>
        <translation>Project archive exported:
{0}</translation>
    </message>
    <message>
        <source>从项目存档新建项目</source>
        <translation>New project from archive</translation>
    </message>
    <message>
        <source>项目存档 (*.zip);;所有文件 (*)</source>
        <translation>Project archives (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>新项目文件保存为</source>
        <translation>Save the new project file as</translation>
    </message>
    <message>
        <source>正在从项目存档新建项目…</source>
        <translation>Creating the project from the archive…</translation>
    </message>
    <message>
        <source>项目文件</source>
        <translation>Project file</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>评分人</source>
        <translation>Scoring as</translation>
    </message>
    <message>
        <source>添加评审员…</source>
        <translation>Add assessor…</translation>
    </message>
    <message>
        <source>要素评价</source>
        <translation>Factors</translation>
    </message>
    <message>
        <source>总体评分</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>百分比</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>评分理由</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>简要说明给出这个分数的理由：做法的系统性、展开范围、改进证据和整合程度。</source>
        <translation>Briefly explain the score: how systematic the approach is, how widely it is deployed, the evidence of learning and the integration.</translation>
    </message>
    <message>
        <source>优势与改进机会</source>
        <translation>Strengths and opportunities for improvement</translation>
    </message>
    <message>
        <source>添加优势…</source>
        <translation>Add strength…</translation>
    </message>
    <message>
        <source>添加改进机会…</source>
        <translation>Add opportunity…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>提出改进计划…</source>
        <translation>Raise action plan…</translation>
    </message>
    <message>
        <source>团队共识</source>
        <translation>Team consensus</translation>
    </message>
    <message>
        <source>共识百分比</source>
        <translation>Consensus percent</translation>
    </message>
    <message>
        <source>共识理由：小组讨论后为什么定在这个分数。</source>
        <translation>Consensus rationale: why the team agreed on this score.</translation>
    </message>
    <message>
        <source>未评分</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>未确定</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>未评</source>
        <translation>Not judged</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>还没有评审员。第一次评分时，会把你（{0}）加为评审组长；也可以先添加评审员。</source>
        <translation>No assessors yet. Your first score adds you ({0}) as the lead assessor; you can also add assessors first.</translation>
    </message>
    <message>
        <source>每位评审员独立评分；组长在下方确定团队共识。</source>
        <translation>Each assessor scores independently; the lead agrees the team consensus below.</translation>
    </message>
    <message>
        <source>要素评价（方法、展开、学习、整合）</source>
        <translation>Factors (approach, deployment, learning, integration)</translation>
    </message>
    <message>
        <source>要素评价（水平、趋势、对比、整合）</source>
        <translation>Factors (levels, trends, comparisons, integration)</translation>
    </message>
    <message>
        <source>满分 {0} 分</source>
        <translation>{0} points available</translation>
    </message>
    <message>
        <source>分数段 {0}</source>
        <translation>Band {0}</translation>
    </message>
    <message>
        <source>{0}% × {1} = {2} 分</source>
        <translation>{0}% × {1} = {2} points</translation>
    </message>
    <message>
        <source>总体百分比 {0}% 不在各要素所在分数段的范围（{1}–{2}%）之内。请核对要素判断，或调整总体百分比。</source>
        <translation>The overall {0}% lies outside the range the factor bands cover ({1}–{2}%). Check the factor judgements or adjust the overall percentage.</translation>
    </message>
    <message>
        <source>本评分项还没有任何回答。评分依据的是组织写下的做法和结果：请先在“撰写回答”中写明，再评分。</source>
        <translation>Nothing is written for this item yet. A score judges the approaches and results the organisation describes: write them under “Write responses” first, then score.</translation>
    </message>
    <message>
        <source>还有 {0} 个条款尚未回答，评分时请考虑缺少的内容。</source>
        <translation>Clauses still unanswered: {0}. Weigh what is missing when you score.</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>查找下一个</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <source>查找上一个</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>查找准则、回答、概述、意见、指标、计划、证据</source>
        <translation>Find in criteria, responses, profile, comments, indicators, plans, evidence</translation>
    </message>
    <message>
        <source>在准则、回答、概述、评审意见、指标、改进计划和证据中查找</source>
        <translation>Search the criteria, responses, profile, assessors’ comments, indicators, action plans and evidence</translation>
    </message>
    <message>
        <source>没有找到“{0}”</source>
        <translation>“{0}” not found</translation>
    </message>
    <message>
        <source>共 {0} 处匹配，分布在 {1} 个位置</source>
        <translation>Matches: {0} · places: {1}</translation>
    </message>
    <message>
        <source>（只列出前面的）</source>
        <translation>(only the first are listed)</translation>
    </message>
</context>
<context>
    <name>ServerConnect</name>
    <message>
        <source>连接团队服务器(&amp;L)…</source>
        <translation>Connect to a &amp;team server…</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>连接团队服务器</source>
        <translation>Connect to a team server</translation>
    </message>
    <message>
        <source>团队的项目保存在 PostgreSQL 数据库中。请输入组长提供的地址，格式为
postgresql://用户名@主机:端口/数据库</source>
        <translation>A team&apos;s project lives in a PostgreSQL database. Enter the address your lead gave you, in the form
postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>服务器要求密码时程序会询问；密码不会写入任何文件，勾选后可保存在系统钥匙串中（也可写入 ~/.pgpass）。</source>
        <translation>The program asks for the password when the server wants one; it is never written into a file, and can be kept in the system&apos;s keyring if you tick it (or put it in ~/.pgpass).</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>本机设置</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>当前项目</source>
        <translation>Current project</translation>
    </message>
    <message>
        <source>组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>评价周期</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>评奖配置</source>
        <translation>Award profile</translation>
    </message>
    <message>
        <source>分歧阈值</source>
        <translation>Spread threshold</translation>
    </message>
    <message>
        <source>打开项目后，可以在这里更改它的评奖配置和分歧阈值。</source>
        <translation>Open a project to change its award profile and spread threshold here.</translation>
    </message>
    <message>
        <source>准则原文与指南保持中文；评分项和条款标题在英文界面中显示英文。</source>
        <translation>The criteria text and guidance stay in Chinese; item and clause titles show in English.</translation>
    </message>
    <message>
        <source>作为评语的作者和修改记录中的操作人；第一次评分时也以此名字加为评审组长。</source>
        <translation>Used as the author of comments and in the change log; your first score adds you under this name as the lead assessor.</translation>
    </message>
    <message>
        <source> 个百分点</source>
        <translation> points</translation>
    </message>
    <message>
        <source>评审员对同一评分项的评分极差达到这个值时，在概览中列为需要讨论。</source>
        <translation>When the assessors&apos; scores for an item spread this much or more, the overview lists it for discussion.</translation>
    </message>
    <message>
        <source>团队服务器上，评分人和修改记录以数据库登录名 {0} 为准；这里的名字只用于项目文件。</source>
        <translation>On a team server, who scores and who is named in the change log is the database login {0}; this name is used for project files only.</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>none</translation>
    </message>
    <message>
        <source>字数上限：组织概述 {0}，自评报告 {1}</source>
        <translation>Length limits: profile {0}, report {1} chars</translation>
    </message>
</context>
<context>
    <name>TeamCommentsModel</name>
    <message>
        <source>撰写人</source>
        <translation>Written by</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>团队成员与共识评议</source>
        <translation>Team members and consensus round</translation>
    </message>
    <message>
        <source>团队成员</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>评分时用的姓名</source>
        <translation>Name they score under</translation>
    </message>
    <message>
        <source>添加成员或更改角色…</source>
        <translation>Add a member or change a role…</translation>
    </message>
    <message>
        <source>取消所选成员资格</source>
        <translation>Remove the selected members</translation>
    </message>
    <message>
        <source>开启共识评议</source>
        <translation>Open the consensus round</translation>
    </message>
    <message>
        <source>关闭共识评议</source>
        <translation>Close the consensus round</translation>
    </message>
    <message>
        <source>只有组长可以管理团队成员和共识评议。</source>
        <translation>Only the lead manages the members and the consensus round.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已开启</source>
        <translation>open</translation>
    </message>
    <message>
        <source>未开启</source>
        <translation>not open</translation>
    </message>
    <message>
        <source>共识评议（{0}）：{1}。开启后，评审员和只读成员可以看到全部评分和评语。</source>
        <translation>Consensus round ({0}): {1}. Once it is open, assessors and viewers see every score and comment.</translation>
    </message>
    <message>
        <source>{0} 现为{1}，评分时用的姓名为“{2}”。</source>
        <translation>{0} is now {1}, scoring as “{2}”.</translation>
    </message>
    <message>
        <source>“{0}”在 {1} 个评价周期中已有的评分，现由 {2} 修改和查看。</source>
        <translation>The scores “{0}” gave in {1} cycles are now seen and changed by {2}.</translation>
    </message>
    <message>
        <source>取消成员资格</source>
        <translation>Remove from the team</translation>
    </message>
    <message>
        <source>取消 {0} 的成员资格？他们的评分和评语留在项目中，但不能再连接这个项目。</source>
        <translation>Remove {0} from the team? Their scores and comments stay in the project, but they can no longer connect to it.</translation>
    </message>
    <message>
        <source>不取消</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>{0} 已不再是本项目的成员</source>
        <translation>{0} is no longer a member of this project</translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <source>组长</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>评审员</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>只读成员</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>团队成员与共识评议(&amp;M)…</source>
        <translation>Team &amp;members and consensus round…</translation>
    </message>
</context>
<context>
    <name>TraineesModel</name>
    <message>
        <source>学员</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>已评分项</source>
        <translation>Items scored</translation>
    </message>
    <message>
        <source>平均绝对偏差</source>
        <translation>Mean abs. deviation</translation>
    </message>
    <message>
        <source>平均偏差（偏向）</source>
        <translation>Mean deviation (bias)</translation>
    </message>
    <message>
        <source>总体倾向</source>
        <translation>Tendency</translation>
    </message>
    <message>
        <source>尚未评分</source>
        <translation>not scored yet</translation>
    </message>
    <message>
        <source>偏高</source>
        <translation>too high</translation>
    </message>
    <message>
        <source>偏低</source>
        <translation>too low</translation>
    </message>
    <message>
        <source>无明显偏向</source>
        <translation>no clear bias</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>卓越绩效自评</source>
        <translation>Excellence Self-Assessment</translation>
    </message>
    <message>
        <source>依据 GB/T 19580-2012《卓越绩效评价准则》，逐个评分项写清组织的做法，像评审员一样评分，看清组织所处的水平和最值得改进的地方。</source>
        <translation>Work through GB/T 19580-2012, the Criteria for performance excellence, item by item: describe how your organisation works, score it the way examiners do, and see where it stands and where improvement pays most.</translation>
    </message>
    <message>
        <source>第一次使用？先打开示例企业，看看一份完整的自评是什么样子：每个条款怎么写、怎么评分、总分怎么来。</source>
        <translation>New here? Open the sample organisation to see a complete self-assessment: how each clause is written, how it is scored and how the total comes about.</translation>
    </message>
    <message>
        <source>打开示例企业</source>
        <translation>Open the sample organisation</translation>
    </message>
    <message>
        <source>不用了</source>
        <translation>No thanks</translation>
    </message>
    <message>
        <source>新建项目…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>打开项目…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>最近打开</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>还没有打开过项目。新建一个，或先打开示例企业看看。</source>
        <translation>No projects yet. Start a new one, or open the sample organisation first.</translation>
    </message>
    <message>
        <source>{0}
团队服务器 {1}</source>
        <translation>{0}
team server {1}</translation>
    </message>
    <message>
        <source>{0}（文件已不在原处）
{1}</source>
        <translation>{0} (file no longer there)
{1}</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>撤销：{0}</source>
        <translation>Undo: {0}</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做：{0}</source>
        <translation>Redo: {0}</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>与团队服务器的连接已断开，正在重试；未保存的修改会保留</source>
        <translation>The connection to the team server is lost; retrying. Unsaved changes are kept</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>团队服务器 {0}/{1}</source>
        <translation>team server {0}/{1}</translation>
    </message>
    <message>
        <source>已保存到{0}，{1}</source>
        <translation>Saved to the {0}, {1}</translation>
    </message>
    <message>
        <source>已连接{0}，修改会自动保存</source>
        <translation>Connected to the {0}; changes are saved as you go</translation>
    </message>
    <message>
        <source>已保存 {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>修改会自动保存</source>
        <translation>Changes are saved automatically</translation>
    </message>
    <message>
        <source>卓越绩效自评</source>
        <translation>Excellence Self-Assessment</translation>
    </message>
    <message>
        <source>{0} · {1} — {2}（{3}）</source>
        <translation>{0} · {1} — {2} ({3})</translation>
    </message>
    <message>
        <source>自评报告字数 {0} / {1}</source>
        <translation>Report {0} / {1} chars</translation>
    </message>
    <message>
        <source>自评报告字数 {0}（无限制）</source>
        <translation>Report {0} chars (no limit)</translation>
    </message>
    <message>
        <source>评分人：{0}（{1}）</source>
        <translation>Scoring as {0} ({1})</translation>
    </message>
</context>
<context>
    <name>WordImportDialog</name>
    <message>
        <source>导入 Word 报告</source>
        <translation>Import Word report</translation>
    </message>
    <message>
        <source>未能归位的内容（放入评分项的待归位区，或未导入）</source>
        <translation>Text that could not be placed (kept in the item&apos;s holding place, or not imported)</translation>
    </message>
    <message>
        <source>覆盖已有内容</source>
        <translation>Replace existing text</translation>
    </message>
    <message>
        <source>Word 报告：{0}</source>
        <translation>Word report: {0}</translation>
    </message>
    <message>
        <source>覆盖已有内容（{0} 处：{1}）</source>
        <translation>Replace existing text ({0} places: {1})</translation>
    </message>
    <message>
        <source>导入后可用“编辑 → 撤销”一步恢复。待归位区的内容附在评分项第一个条款的末尾，请移到合适的条款。</source>
        <translation>Edit → Undo takes the whole import back in one step. The holding place is at the end of the item&apos;s first clause; move its text to the clause it belongs to.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>有条款已有内容：勾选“覆盖已有内容”后才能导入</source>
        <translation>Some clauses already have text: tick “Replace existing text” to import</translation>
    </message>
    <message>
        <source>这一段不写入任何条款</source>
        <translation>This block goes to no clause</translation>
    </message>
    <message>
        <source>（将覆盖已有内容）</source>
        <translation>(replaces existing text)</translation>
    </message>
    <message>
        <source>导入后 {0} 的内容{1}：</source>
        <translation>Text of {0} after the import{1}:</translation>
    </message>
</context>
<context>
    <name>WordImporter</name>
    <message>
        <source>导入 Word 报告</source>
        <translation>Import Word report</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>正在读取 Word 报告…</source>
        <translation>Reading the Word report…</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>导入评审员评分工作簿</source>
        <translation>Import assessor workbooks</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>正在读取评审员评分工作簿…</source>
        <translation>Reading the assessor workbooks…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>工作簿是该评审员评分的完整记录：导入后，项目中这位评审员的评分和意见以工作簿为准。导入后可用“编辑 → 撤销”一步恢复。</source>
        <translation>A workbook is the full record of its assessor’s scores: after the import the project holds this assessor’s scores and comments as the workbook has them. Edit → Undo takes the import back in one step.</translation>
    </message>
    <message>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <source>导入 Word 报告(&amp;W)…</source>
        <translation>Import &amp;Word report…</translation>
    </message>
</context>
</TS>
