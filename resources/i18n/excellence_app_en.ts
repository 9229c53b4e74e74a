<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
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
        <translation>The assessors' scores spread {0} points, at or above the threshold of {1}; discuss as a team before agreeing the consensus.</translation>
    </message>
    <message>
        <source>{0}% × {1} = {2} 分 · {3} 于 {4} 确定</source>
        <translation>{0}% × {1} = {2} points · agreed by {3} on {4}</translation>
    </message>
    <message>
        <source>未确定共识时，总分暂按评审员评分的中位数计算。</source>
        <translation>Until a consensus is agreed, the total uses the median of the assessors' scores.</translation>
    </message>
    <message>
        <source>你以组长身份确定共识；共识分数计入总分。</source>
        <translation>As the lead you agree the consensus; it counts in the total.</translation>
    </message>
    <message>
        <source>只有评审组长可以确定共识。</source>
        <translation>Only the lead assessor can agree the consensus.</translation>
    </message>
    <message>
        <source>只有评审组长可以确定共识；当前评分人 {0} 是{1}。</source>
        <translation>Only the lead assessor can agree the consensus; {0} is a {1}.</translation>
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
        <source>相关评分项：{0}</source>
        <translation>Related items: {0}</translation>
    </message>
    <message>
        <source>{0}类评分项 · 满分 {1} 分 · 已回答 {2}/{3} 个条款 · 字数 {4} · 优势 {5} · 改进机会 {6} · 证据 {7}</source>
        <translation>{0} item · {1} points · {2}/{3} clauses answered · {4} chars · {5} strengths · {6} OFIs · {7} evidence files</translation>
    </message>
    <message>
        <source>未评分 · 满分 {0} 分</source>
        <translation>Not scored · {0} points</translation>
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
        <source>成员</source>
        <translation>member</translation>
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
        <source>新建项目…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>新建一个组织的自评项目</source>
        <translation>Start a self-assessment project for an organisation</translation>
    </message>
    <message>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>打开项目文件（.exa）</source>
        <translation>Open a project file (.exa)</translation>
    </message>
    <message>
        <source>打开示例企业</source>
        <translation>Open the sample organisation</translation>
    </message>
    <message>
        <source>关闭项目</source>
        <translation>Close project</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
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
        <translation>Search the criteria guidance and your organisation's responses</translation>
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
        <source>评价周期</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>卓越绩效自评 {0}
依据 GB/T 19580-2012《卓越绩效评价准则》的自我评价工具。
所有内容保存在一个项目文件（.exa）中，每次修改即时保存。</source>
        <translation>Excellence Self-Assessment {0}
A self-assessment tool for GB/T 19580-2012, Criteria for performance excellence.
Everything is kept in one project file (.exa) and every change is saved as it is made.</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
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
        <translation>Which organisation this self-assessment is for and where its project file goes. One file holds all of an organisation's yearly self-assessments.</translation>
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
        <translation>Please enter the organisation's name.</translation>
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
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ProjectHandling</name>
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
        <source>已完成</source>
        <translation>Done</translation>
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
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>输入要查找的词，例如：继任计划、顾客满意度</source>
        <translation>Type what to look for, e.g. 继任计划 or succession</translation>
    </message>
    <message>
        <source>准则与指南</source>
        <translation>Criteria and guidance</translation>
    </message>
    <message>
        <source>本组织的回答</source>
        <translation>Our responses</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>response</translation>
    </message>
    <message>
        <source>准则</source>
        <translation>criteria</translation>
    </message>
    <message>
        <source>找到 {0} 处</source>
        <translation>{0} found</translation>
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
        <translation>When the assessors' scores for an item spread this much or more, the overview lists it for discussion.</translation>
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
    <name>StatusDisplay</name>
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
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
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
    <message>
        <source>评分指南 · {0}类</source>
        <translation>Scoring guidelines · {0}</translation>
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
        <source>{0}（文件已不在原处）
{1}</source>
        <translation>{0} (file no longer there)
{1}</translation>
    </message>
</context>
</TS>