<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>civic::app::Application</name>
        <message>
            <source>sign-in failed: %1</source>
            <translation>登录失败：%1</translation>
        </message>
        <message>
            <source>no stored sign-in for this account: give --password-stdin</source>
            <translation>此账号没有保存的登录信息：请使用 --password-stdin 提供密码</translation>
        </message>
        <message>
            <source>Wrong username or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>Too many failed sign-ins. Try again in 15 minutes.</source>
            <translation>登录失败次数过多，请 15 分钟后再试。</translation>
        </message>
        <message>
            <source>Cannot reach the server. Check the network and the server address.</source>
            <translation>无法连接服务器，请检查网络和服务器地址。</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Please sign in again.</source>
            <translation>登录已过期，请重新登录。</translation>
        </message>
        <message>
            <source>Your sign-in is no longer valid (signed out elsewhere or password changed). Please sign in again.</source>
            <translation>登录已失效（可能已在其他地方退出或密码已修改），请重新登录。</translation>
        </message>
        <message>
            <source>No system keychain is available: this sign-in will not be remembered and lasts until you close CivicDesk.</source>
            <translation>系统密钥环不可用：本次登录不会被记住，关闭社区工作台后需要重新登录。</translation>
        </message>
        <message>
            <source>The sign-in could not be stored in the system keychain; it lasts until you close CivicDesk.</source>
            <translation>无法将登录信息保存到系统密钥环；关闭社区工作台后需要重新登录。</translation>
        </message>
        <message>
            <source>Sign-in failed.</source>
            <translation>登录失败。</translation>
        </message>
        <message>
            <source>--server and --username are needed</source>
            <translation>需要提供 --server 和 --username</translation>
        </message>
        <message>
            <source>The local cache cannot be opened: %1</source>
            <translation>无法打开本地缓存：%1</translation>
        </message>
        <message>
            <source>sync failed: %1</source>
            <translation>同步失败：%1</translation>
        </message>
        <message>
            <source>cannot write the screenshot to %1</source>
            <translation>无法将截图写入 %1</translation>
        </message>
        <message>
            <source>CivicDesk</source>
            <translation>社区工作台</translation>
        </message>
        <message>
            <source>the server refused the sign-in: %1</source>
            <translation>服务器拒绝了登录：%1</translation>
        </message>
        <message>
            <source>You have signed out.</source>
            <translation>您已退出登录。</translation>
        </message>
    </context>
    <context>
        <name>civic::item::AssessmentTableModel</name>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>净增</translation>
        </message>
        <message>
            <source>A Fans</source>
            <translation>A 涨粉</translation>
        </message>
        <message>
            <source>B1 Notices</source>
            <translation>B1 发布</translation>
        </message>
        <message>
            <source>B2 Quality</source>
            <translation>B2 质量</translation>
        </message>
        <message>
            <source>B3 Complaints</source>
            <translation>B3 诉求</translation>
        </message>
        <message>
            <source>C Reporting</source>
            <translation>C 报送</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Innovation</source>
            <translation>创新</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>News leads</source>
            <translation>新闻线索</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>评奖资格</translation>
        </message>
        <message>
            <source>Award (¥)</source>
            <translation>奖励（元）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>civic::item::AssessmentText</name>
        <message>
            <source>The cached inputs cannot be scored: %1</source>
            <translation>缓存中的考核数据无法计分：%1</translation>
        </message>
        <message>
            <source>This account's cache holds the inputs of its own units only, not those of the district's other communities, so A and B1, which compare the communities, the total and the rank are not computed here.</source>
            <translation>本账号只同步本单位的数据，没有全区其他社区的数据；A项、B1项需在全区社区间比较，因此总分和名次在此无法计算。</translation>
        </message>
        <message>
            <source>This account's cache holds no inputs (fans, notices, complaints, tasks, claims) of the district's other %1 communities, so A and B1, which compare the communities, the total and the rank are not computed here.</source>
            <translation>本账号缓存中没有全区其他 %1 个社区的数据（粉丝、信息、诉求、材料上报、加分申报）；A项、B1项需在全区社区间比较，因此总分和名次在此无法计算。</translation>
        </message>
        <message>
            <source>No fan figures are in the cache for %1: their net growth counts as 0.</source>
            <translation>缓存中没有%1的粉丝数据，其净增按 0 计。</translation>
        </message>
        <message>
            <source>%1 more news lead(s) adopted by district media: +%2</source>
            <translation>再有 %1 条新闻线索被区级媒体采用：+%2</translation>
        </message>
        <message>
            <source>%1 more news lead(s) adopted by city media: +%2</source>
            <translation>再有 %1 条新闻线索被市级媒体采用：+%2</translation>
        </message>
        <message>
            <source>%1 more approved innovation or typical case: +%2</source>
            <translation>再有 %1 项创新、典型经验获认定：+%2</translation>
        </message>
        <message>
            <source>%1 approved publicity event: +%2</source>
            <translation>开展 %1 次宣传推广活动并获认定：+%2</translation>
        </message>
        <message>
            <source>%1 more service example (resolved, satisfied, with the reply): +%2</source>
            <translation>再有 %1 个服务案例（已办结、满意、回复完整）：+%2</translation>
        </message>
        <message>
            <source>%1 more notice(s) published: +%2</source>
            <translation>再发布 %1 条信息：+%2</translation>
        </message>
        <message>
            <source>%1 more followers of net growth: +%2</source>
            <translation>粉丝再净增 %1：+%2</translation>
        </message>
        <message>
            <source>Submit the %1 report(s) not yet due before their deadlines: +%2</source>
            <translation>按时上报尚未到期的 %1 项材料：+%2</translation>
        </message>
        <message>
            <source>Rank %1: by total, then A, then net growth, then code.</source>
            <translation>第 %1 名：按总分排序，总分相同依次比较A项得分、净增粉丝数、社区代码。</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Net growth: followers %1 at the end of the quarter − %2 before it = %3.</source>
            <translation>净增：季末累计粉丝 %1 − 季初 %2 = %3。</translation>
        </message>
        <message>
            <source>net growth %1 (followers %2 → %3)</source>
            <translation>净增 %1（粉丝 %2 → %3）</translation>
        </message>
        <message>
            <source>A: %1 ÷ the district's positive growth %2 = share %3; tier 1 (top %4 by net growth), place %5 of %6: %7 × %3 ÷ the leader's share %8 = %9.</source>
            <translation>A：%1 ÷ 全区正增长合计 %2 = 占比 %3；第一档（净增前 %4 名），%6 个中第 %5 名：%7 × %3 ÷ 第一名占比 %8 = %9。</translation>
        </message>
        <message>
            <source>households unknown</source>
            <translation>户数未知</translation>
        </message>
        <message>
            <source>%1 households</source>
            <translation>%1 户</translation>
        </message>
        <message>
            <source>A: %1, %2, ratio %3; tier 2 (beyond the top %4), place %5 of %6: the lowest tier-1 score %7 × (%6 − %5 + 1) ÷ (%6 + 1) = %8.</source>
            <translation>A：%1，%2，户均净增 %3；第二档（前 %4 名以外），%6 个中第 %5 名：第一档最低分 %7 × (%6 − %5 + 1) ÷ (%6 + 1) = %8。</translation>
        </message>
        <message>
            <source>A: %1 is not positive → 0.</source>
            <translation>A：%1，未正增长 → 0。</translation>
        </message>
        <message>
            <source>B1: no community of the district published a notice in the quarter → 0.</source>
            <translation>B1：本季度全区各社区均未发布信息 → 0。</translation>
        </message>
        <message>
            <source>B1: %1 notices published; the most in the district %2: %3 × %1 ÷ %2 = %4.</source>
            <translation>B1：发布信息 %1 条，全区最多 %2 条：%3 × %1 ÷ %2 = %4。</translation>
        </message>
        <message>
            <source>B2: no reviewer rated its notices of the quarter → 0.</source>
            <translation>B2：本季度信息无审核评分 → 0。</translation>
        </message>
        <message>
            <source>B2: %1 quality ratings summing to %2, mean %3: %4 × (%3 − 1) ÷ 4 = %5.</source>
            <translation>B2：审核评分 %1 次，合计 %2，平均 %3：%4 × (%3 − 1) ÷ 4 = %5。</translation>
        </message>
        <message>
            <source>B3: %1 complaints submitted. First reply within %2 h: %3 (s1 = %4); resolved before the quarter's end: %5 (s2 = %6); of %7 rated, %8 satisfied and %9 basically satisfied (s3 = %10). %11·s1 + %12·s2 + %13·s3 = %14.</source>
            <translation>B3：受理诉求 %1 件。%2 小时内首次回复 %3 件（s1 = %4）；季末前办结 %5 件（s2 = %6）；回访评价 %7 件，满意 %8 件、基本满意 %9 件（s3 = %10）。%11·s1 + %12·s2 + %13·s3 = %14。</translation>
        </message>
        <message>
            <source>C: %1 reporting tasks due, %2 missed or late: %3 − %4 × %2 = %5.</source>
            <translation>C：应报材料 %1 项，逾期或未报 %2 项：%3 − %4 × %2 = %5。</translation>
        </message>
        <message>
            <source>Publicity event: %1 approved → %2.</source>
            <translation>宣传推广活动：认定 %1 次 → %2。</translation>
        </message>
        <message>
            <source>Innovation: %1 approved × %2 (at most %3) = %4.</source>
            <translation>创新与典型经验：认定 %1 项 × %2（最高 %3）= %4。</translation>
        </message>
        <message>
            <source>Service examples: %1 resolved in the quarter, satisfied, with nickname, content, resolution and reply × %2 (at most %3) = %4.</source>
            <translation>服务案例：本季度办结、满意且昵称、内容、办理情况、回复齐全的 %1 件 × %2（最高 %3）= %4。</translation>
        </message>
        <message>
            <source>News leads: %1 approved (%2 adopted by city media × %3, %4 by district media × %5) = %6 points; counted with at least %7 leads, at most %8 → %9.</source>
            <translation>新闻线索：认定 %1 条（市级媒体采用 %2 条 × %3，区级媒体采用 %4 条 × %5）= %6 分；至少 %7 条方可计分，最高 %8 → %9。</translation>
        </message>
        <message>
            <source>Total: the sum of the rounded components %1 = %2.</source>
            <translation>总分：各项得分（保留两位小数）相加 %1 = %2。</translation>
        </message>
        <message>
            <source>Eligible for an award: net growth %1 ≥ %2.</source>
            <translation>具备评奖资格：净增 %1 ≥ %2。</translation>
        </message>
        <message>
            <source>Not eligible for an award: net growth %1 &lt; %2.</source>
            <translation>不具备评奖资格：净增 %1 &lt; %2。</translation>
        </message>
        <message>
            <source>No award: not eligible, takes no award slot.</source>
            <translation>无奖励：不具备评奖资格，不占奖励名额。</translation>
        </message>
        <message>
            <source>Award ¥%1: an award slot in ranking order among the eligible communities.</source>
            <translation>奖励 ¥%1：在具备资格的社区中按名次获得奖励名额。</translation>
        </message>
        <message>
            <source>No award: the award slots went to eligible communities ranked higher.</source>
            <translation>无奖励：奖励名额已由名次靠前的具备资格社区获得。</translation>
        </message>
    </context>
    <context>
        <name>civic::item::ClaimListModel</name>
        <message>
            <source>Publicity event</source>
            <translation>宣传推广活动</translation>
        </message>
        <message>
            <source>Innovation or typical case</source>
            <translation>创新、典型经验</translation>
        </message>
        <message>
            <source>News lead</source>
            <translation>新闻线索</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>District media</source>
            <translation>区级媒体</translation>
        </message>
        <message>
            <source>City media</source>
            <translation>市级媒体</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Adopted by</source>
            <translation>采用媒体</translation>
        </message>
        <message>
            <source>Review comment</source>
            <translation>审核意见</translation>
        </message>
    </context>
    <context>
        <name>civic::item::ComplaintLabels</name>
        <message>
            <source>New</source>
            <translation>待受理</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>已上报</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>已转办</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已办结</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>重新办理</translation>
        </message>
        <message>
            <source>WeChat suggestion box</source>
            <translation>微信意见箱</translation>
        </message>
        <message>
            <source>Photo report</source>
            <translation>随手拍</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>来访</translation>
        </message>
        <message>
            <source>Grid discovery</source>
            <translation>网格发现</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Basically satisfied</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Complaint received</source>
            <translation>收到诉求</translation>
        </message>
        <message>
            <source>Replied to the resident</source>
            <translation>回复居民</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>内部备注</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>已指派</translation>
        </message>
        <message>
            <source>Reassigned down</source>
            <translation>已改派</translation>
        </message>
        <message>
            <source>Taken over</source>
            <translation>已接办</translation>
        </message>
        <message>
            <source>Sent back by the department</source>
            <translation>部门退单</translation>
        </message>
        <message>
            <source>Satisfaction recorded</source>
            <translation>已记录满意度</translation>
        </message>
        <message>
            <source>Marked as a service example</source>
            <translation>标记为服务实例</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>已并单</translation>
        </message>
        <message>
            <source>Urged</source>
            <translation>催办</translation>
        </message>
        <message>
            <source>City</source>
            <translation>市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>职能部门</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 天 %2 小时</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 分</translation>
        </message>
        <message>
            <source>Answered in time</source>
            <translation>已按时回复</translation>
        </message>
        <message>
            <source>Answered late</source>
            <translation>超时回复</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>剩余 %1</translation>
        </message>
        <message>
            <source>Overdue by %1</source>
            <translation>已超时 %1</translation>
        </message>
    </context>
    <context>
        <name>civic::item::ComplaintListModel</name>
        <message>
            <source>Merged</source>
            <translation>已并单</translation>
        </message>
        <message>
            <source>Reply due %1</source>
            <translation>应于 %1 前回复</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <source>Reply deadline</source>
            <translation>回复时限</translation>
        </message>
        <message>
            <source>Handled at</source>
            <translation>办理层级</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
    </context>
    <context>
        <name>civic::item::OrgTreeModel</name>
        <message numerus="yes">
            <source>%n households</source>
            <translation>
                <numerusform>%n 户</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>civic::item::ProblemsModel</name>
        <message>
            <source>Register a complaint</source>
            <translation>登记诉求</translation>
        </message>
        <message>
            <source>Reply to the resident</source>
            <translation>回复居民</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>内部备注</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>上报</translation>
        </message>
        <message>
            <source>Transfer to a department</source>
            <translation>转办职能部门</translation>
        </message>
        <message>
            <source>Return to a lower unit</source>
            <translation>改派下级</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>接管办理</translation>
        </message>
        <message>
            <source>Object to a transfer</source>
            <translation>退单</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新办理</translation>
        </message>
        <message>
            <source>Record satisfaction</source>
            <translation>记录满意度</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Mark as service example</source>
            <translation>标记为服务实例</translation>
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation>并单</translation>
        </message>
        <message>
            <source>Urge</source>
            <translation>催办</translation>
        </message>
        <message>
            <source>Save notice draft</source>
            <translation>保存信息草稿</translation>
        </message>
        <message>
            <source>Submit notice for review</source>
            <translation>提交信息审核</translation>
        </message>
        <message>
            <source>Approve notice</source>
            <translation>审核通过</translation>
        </message>
        <message>
            <source>Reject notice</source>
            <translation>审核退回</translation>
        </message>
        <message>
            <source>Publish notice</source>
            <translation>发布信息</translation>
        </message>
        <message>
            <source>Withdraw notice</source>
            <translation>撤回信息</translation>
        </message>
        <message>
            <source>Import fan figures</source>
            <translation>导入粉丝数据</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>修改单位信息</translation>
        </message>
        <message>
            <source>Add unit</source>
            <translation>新增单位</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>修改账号</translation>
        </message>
        <message>
            <source>Someone else changed this record first; check it and try again.</source>
            <translation>这条记录已被他人先行修改，请核对后重试。</translation>
        </message>
        <message>
            <source>Your account may not do this here.</source>
            <translation>您的账号无权进行此操作。</translation>
        </message>
        <message>
            <source>The record no longer exists or is no longer visible to you.</source>
            <translation>该记录已不存在，或您已无权查看。</translation>
        </message>
        <message>
            <source>Some input was not accepted.</source>
            <translation>部分内容未通过校验。</translation>
        </message>
        <message>
            <source>The server refused the change.</source>
            <translation>服务器拒绝了此项修改。</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>操作时间</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Your text</source>
            <translation>您填写的内容</translation>
        </message>
        <message>
            <source>Why it was refused</source>
            <translation>被拒绝的原因</translation>
        </message>
        <message>
            <source>This change names a resident whose details this computer can no longer read (their key was not kept in a system keychain). Enter it again.</source>
            <translation>这项更改涉及的居民信息本机已无法读取（其密钥未保存在系统钥匙串中），请重新录入。</translation>
        </message>
    </context>
    <context>
        <name>civic::item::SubmissionListModel</name>
        <message>
            <source>Not yet due</source>
            <translation>未到期</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>未上报</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>按时上报</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>逾期上报</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>上报任务</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>上报时间</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::AssessmentDashboardSection</name>
        <message>
            <source>Quarterly assessment</source>
            <translation>季度考核</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>查看详情</translation>
        </message>
        <message>
            <source>%1, provisional: No. %2 of %3 communities, total %4</source>
            <translation>%1 暂定：第 %2 名（共 %3 个社区），总分 %4</translation>
        </message>
        <message>
            <source>%1, provisional: the rank and total show once the district publishes the quarter.</source>
            <translation>%1 暂定：名次和总分在区里发布后可见。</translation>
        </message>
        <message>
            <source>To raise the score: %1</source>
            <translation>提分建议：%1</translation>
        </message>
        <message>
            <source>%1: No. %2 of %3 communities, total %4</source>
            <translation>%1：第 %2 名（共 %3 个社区），总分 %4</translation>
        </message>
        <message>
            <source>%1 is not published yet.</source>
            <translation>%1 尚未发布。</translation>
        </message>
        <message>
            <source>%1, provisional: not enough data in this client to rank the communities yet.</source>
            <translation>%1 暂定：本机数据还不足以排名。</translation>
        </message>
        <message>
            <source>%1, provisional leaders: %2</source>
            <translation>%1 暂定前三：%2</translation>
        </message>
        <message>
            <source>%1 is published.</source>
            <translation>%1 已发布。</translation>
        </message>
        <message>
            <source>%1 is published; best community: %2</source>
            <translation>%1 已发布，最佳社区：%2</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::AssessmentExports</name>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Rule set %1 · published %2 · issued %3</source>
            <translation>考核细则 %1 · %2 发布 · %3 印发</translation>
        </message>
        <message>
            <source>Provisional: not yet published, computed from the data as of %1 · rule set %2</source>
            <translation>暂定结果（尚未发布），按截至 %1 的数据计算 · 考核细则 %2</translation>
        </message>
        <message>
            <source>Best community of the quarter: none (no community reached the net growth an award needs).</source>
            <translation>本季度最佳社区：无（没有社区达到评奖所需的净增粉丝数）。</translation>
        </message>
        <message>
            <source>Best community of the quarter: %1.</source>
            <translation>本季度最佳社区：%1。</translation>
        </message>
        <message>
            <source>first</source>
            <translation>一</translation>
        </message>
        <message>
            <source>second</source>
            <translation>二</translation>
        </message>
        <message>
            <source>third</source>
            <translation>三</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>四</translation>
        </message>
        <message>
            <source>the %2 quarter of %1</source>
            <translation>%1年第%2季度</translation>
        </message>
        <message>
            <source>%1 community WeChat account assessment: %2</source>
            <translation>%1%2社区微信公众号考核情况通报</translation>
        </message>
        <message>
            <source>No. %1 %2: ¥%3</source>
            <translation>第 %1 名 %2：¥%3</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>考核排名</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>奖励名单</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Award (¥)</source>
            <translation>奖励（元）</translation>
        </message>
        <message>
            <source>%1 communities were assessed under the district's rules (A net fan growth, B1 notices, B2 review quality, B3 complaint handling, C on-time reporting, and the bonus items). The ranking:</source>
            <translation>按照全区考核细则，对 %1 个社区进行了考核（A 粉丝净增、B1 信息发布、B2 信息质量、B3 诉求办理、C 按时报送及加分项目）。考核排名如下：</translation>
        </message>
        <message>
            <source>No community qualified for an award.</source>
            <translation>本季度没有社区获得奖励。</translation>
        </message>
        <message>
            <source>Scores are rounded to two decimals; the total is the sum of the rounded components. Communities with a net fan growth of at least the rule set's minimum are eligible for the awards, in ranking order.</source>
            <translation>各项得分保留两位小数，总分为各项得分之和。粉丝净增达到考核细则规定数量的社区具备评奖资格，按名次确定奖励。</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1.</source>
            <translation>无法将 PDF 保存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::AssessmentPage</name>
        <message>
            <source>Assessment</source>
            <translation>季度考核</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>季度：</translation>
        </message>
        <message>
            <source>%1 (current)</source>
            <translation>%1（本季度）</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>发布…</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Click a cell to see how it was computed from its inputs.</source>
            <translation>点击表格中的分数，查看计算依据。</translation>
        </message>
        <message>
            <source>What would raise the score</source>
            <translation>提分建议</translation>
        </message>
        <message>
            <source>Bonus claims</source>
            <translation>加分申报</translation>
        </message>
        <message>
            <source>New claim…</source>
            <translation>申报加分…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>认定…</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>退回…</translation>
        </message>
        <message>
            <source>Reporting tasks</source>
            <translation>材料上报</translation>
        </message>
        <message>
            <source>Issue task…</source>
            <translation>下发任务…</translation>
        </message>
        <message>
            <source>Submit material…</source>
            <translation>上报材料…</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>考核排名</translation>
        </message>
        <message>
            <source>My community</source>
            <translation>本社区</translation>
        </message>
        <message>
            <source>Claims and tasks</source>
            <translation>加分与上报</translation>
        </message>
        <message>
            <source>Select a district (or a unit in it) in the org tree.</source>
            <translation>请在组织机构中选择一个区（或区内单位）。</translation>
        </message>
        <message>
            <source>Published %1 by %2 · rule set %3 · %4 communities ranked</source>
            <translation>%2 于 %1 发布 · 考核细则 %3 · 共 %4 个社区参加排名</translation>
        </message>
        <message>
            <source>the district</source>
            <translation>区级</translation>
        </message>
        <message>
            <source>Provisional: not published; computed in this client from the cached data with rule set %1. It changes until the district publishes the quarter.</source>
            <translation>暂定：尚未发布，由本机根据已同步数据按考核细则 %1 计算，区里发布前可能变化。</translation>
        </message>
        <message>
            <source>Best community: %1</source>
            <translation>最佳社区：%1</translation>
        </message>
        <message>
            <source>A quarter is published once it has ended.</source>
            <translation>季度结束后方可发布。</translation>
        </message>
        <message>
            <source>This quarter is published; it no longer changes.</source>
            <translation>本季度已发布，结果不再变动。</translation>
        </message>
        <message>
            <source>Freeze this quarter's result for every community.</source>
            <translation>发布本季度考核结果，各社区即可查看。</translation>
        </message>
        <message>
            <source>No assessment of this community for the quarter in the cache yet.</source>
            <translation>暂无本社区该季度的考核数据。</translation>
        </message>
        <message>
            <source>Rank %1 of %2 · total %3</source>
            <translation>第 %1 名（共 %2 个社区）· 总分 %3</translation>
        </message>
        <message>
            <source>Provisional: the rank is known once the district publishes the quarter.</source>
            <translation>暂定：区里发布考核结果后才有名次。</translation>
        </message>
        <message>
            <source>For %1, still open:</source>
            <translation>%1 尚可争取：</translation>
        </message>
        <message>
            <source>No single additional input would change the score now.</source>
            <translation>目前单项增加不会改变得分。</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>未完成：%1</translation>
        </message>
        <message>
            <source>Publish the assessment</source>
            <translation>发布考核结果</translation>
        </message>
        <message>
            <source>Publish %1 under rule set %2?

The result is frozen: every community then sees its rank, and claims and tasks of the quarter can no longer be changed.</source>
            <translation>按考核细则 %2 发布《%1》？

发布后结果即固定，各社区可查看名次，本季度的加分申报和材料上报不能再更改。</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <source>Export XLSX</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <source>New bonus claim</source>
            <translation>申报加分</translation>
        </message>
        <message>
            <source>One web link per line</source>
            <translation>每行一个网址</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Links:</source>
            <translation>链接：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Select a claim first.</source>
            <translation>请先选择一条申报。</translation>
        </message>
        <message>
            <source>Approve claim</source>
            <translation>认定加分申报</translation>
        </message>
        <message>
            <source>Reject claim</source>
            <translation>退回加分申报</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>未被采用</translation>
        </message>
        <message>
            <source>Adopted by:</source>
            <translation>采用媒体：</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>意见：</translation>
        </message>
        <message>
            <source>Reason (required):</source>
            <translation>退回理由（必填）：</translation>
        </message>
        <message>
            <source>Issue a reporting task</source>
            <translation>下发材料上报任务</translation>
        </message>
        <message>
            <source>All communities of the district</source>
            <translation>全区所有社区</translation>
        </message>
        <message>
            <source>Deadline:</source>
            <translation>截止时间：</translation>
        </message>
        <message>
            <source>Select a task first.</source>
            <translation>请先选择一项任务。</translation>
        </message>
        <message>
            <source>Submit material</source>
            <translation>上报材料</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Scoring rules</source>
            <translation>评分规则</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>已保存为 %1。</translation>
        </message>
        <message>
            <source>Saved as %1; the quarters not yet published are scored with it.</source>
            <translation>已保存为 %1，尚未发布的季度即按此版本计分。</translation>
        </message>
        <message>
            <source>Saved as %1, but not put in use: %2</source>
            <translation>已保存为 %1，但未能启用：%2</translation>
        </message>
        <message>
            <source>The quarters not yet published are scored with %1.</source>
            <translation>尚未发布的季度改按 %1 计分。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CannedRepliesDialog</name>
        <message>
            <source>Canned replies of %1</source>
            <translation>%1的常用回复</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>e.g. Received</source>
            <translation>如：已受理</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>The words residents will read</source>
            <translation>居民将看到的回复内容</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Please give the canned reply a title.</source>
            <translation>请填写常用回复的标题。</translation>
        </message>
        <message>
            <source>Please write the text.</source>
            <translation>请填写内容。</translation>
        </message>
        <message>
            <source>The text is longer than 2000 characters.</source>
            <translation>内容超过 2000 字。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CannedReplyButton</name>
        <message>
            <source>Canned replies</source>
            <translation>常用回复</translation>
        </message>
        <message>
            <source>No canned replies yet</source>
            <translation>暂无常用回复</translation>
        </message>
        <message>
            <source>Manage canned replies…</source>
            <translation>管理常用回复…</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CircularDialog</name>
        <message>
            <source>Monthly circular</source>
            <translation>月通报</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <source>%1 (so far)</source>
            <translation>%1（截至今日）</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n communities, %2 notices published, %3 reads, net growth %4 (change on last month %5), %6 followers, penetration %7.</source>
            <translation>
                <numerusform>%1：共 %n 个社区，发稿 %2 篇，阅读 %3 次，净增粉丝 %4（环比 %5），累计粉丝 %6，渗透率 %7。</numerusform>
            </translation>
        </message>
        <message>
            <source>No notices are in this computer's data yet: published and reads show 0.</source>
            <translation>本机暂无信息发布数据，发稿量和阅读量显示为 0。</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>所属街道</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发稿量</translation>
        </message>
        <message>
            <source>Reads</source>
            <translation>阅读量</translation>
        </message>
        <message>
            <source>Reads change</source>
            <translation>阅读环比</translation>
        </message>
        <message>
            <source>Cumulative fans</source>
            <translation>累计粉丝</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>净增粉丝</translation>
        </message>
        <message>
            <source>Net growth change</source>
            <translation>净增环比</translation>
        </message>
        <message>
            <source>Penetration</source>
            <translation>渗透率</translation>
        </message>
        <message>
            <source>Export the circular as PDF</source>
            <translation>导出月通报（PDF）</translation>
        </message>
        <message>
            <source>Export the circular as Excel</source>
            <translation>导出月通报（Excel）</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintActionDialog</name>
        <message>
            <source>Restored the text you had not yet sent.</source>
            <translation>已恢复上次未提交的内容。</translation>
        </message>
        <message>
            <source>The resident reads this reply. The first reply stops the 24-hour clock.</source>
            <translation>回复内容居民可见。首次回复即停止 24 小时计时。</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <source>Dear resident, …</source>
            <translation>您好，……</translation>
        </message>
        <message>
            <source>Notes are for staff only; residents never see them.</source>
            <translation>备注仅工作人员可见，居民看不到。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Remark (optional)</source>
            <translation>说明（可选）</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Escalate to %1. Once escalated it never returns to the community.</source>
            <translation>上报至%1。上报后不会再退回社区。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Why the community cannot solve it</source>
            <translation>社区无法解决的原因</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>职能部门</translation>
        </message>
        <message>
            <source>Department code, e.g. 210111-cgw</source>
            <translation>部门代码，如 210111-cgw</translation>
        </message>
        <message>
            <source>Departments of the complaint's district or of the city.</source>
            <translation>可转办给诉求所在区或市的职能部门。</translation>
        </message>
        <message>
            <source>To</source>
            <translation>改派至</translation>
        </message>
        <message>
            <source>It was escalated, so it cannot go back to a community.</source>
            <translation>该诉求已上报，不能改派回社区。</translation>
        </message>
        <message>
            <source>%1 will handle this complaint from now on (now: %2).</source>
            <translation>接办后由%1负责办理（当前办理单位：%2）。</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>原因（可选）</translation>
        </message>
        <message>
            <source>Send it back to %1, which transferred it.</source>
            <translation>退回转办单位%1。</translation>
        </message>
        <message>
            <source>Why it is not this department's</source>
            <translation>为何不属于本部门职责</translation>
        </message>
        <message>
            <source>Resolution (for the record)</source>
            <translation>办理结果（存档）</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>采取了哪些措施</translation>
        </message>
        <message>
            <source>Final reply to the resident</source>
            <translation>答复居民</translation>
        </message>
        <message>
            <source>Within 7 days of the resolution, when the resident is not satisfied.</source>
            <translation>居民不满意时，可在办结后 7 天内重新办理。</translation>
        </message>
        <message>
            <source>The resident is</source>
            <translation>居民评价</translation>
        </message>
        <message>
            <source>What the resident said (optional)</source>
            <translation>居民意见（可选）</translation>
        </message>
        <message>
            <source>A service example earns assessment bonus points: nickname, time, content, resolution, final reply and the rating satisfied are all recorded.</source>
            <translation>服务实例可获考核加分，须昵称、时间、内容、办理结果、答复齐全且居民评价为“满意”。</translation>
        </message>
        <message>
            <source>This complaint is archived and points at the one chosen; both timelines are kept.</source>
            <translation>本诉求将归档并指向所选诉求，两者的办理记录均保留。</translation>
        </message>
        <message>
            <source>Search by title or number</source>
            <translation>按标题或编号搜索</translation>
        </message>
        <message>
            <source>Merge into</source>
            <translation>并入</translation>
        </message>
        <message>
            <source>%1 is reminded to handle it.</source>
            <translation>将提醒%1尽快办理。</translation>
        </message>
        <message>
            <source>Message (optional)</source>
            <translation>催办说明（可选）</translation>
        </message>
        <message>
            <source>Please choose the unit.</source>
            <translation>请选择单位。</translation>
        </message>
        <message>
            <source>Please choose satisfied, basically satisfied or dissatisfied.</source>
            <translation>请选择满意、基本满意或不满意。</translation>
        </message>
        <message>
            <source>Please choose the complaint to merge into.</source>
            <translation>请选择要并入的诉求。</translation>
        </message>
        <message>
            <source>The text is longer than %1 characters.</source>
            <translation>内容超过 %1 字。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintActions</name>
        <message>
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>上报</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>转办</translation>
        </message>
        <message>
            <source>Reassign down</source>
            <translation>改派</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>接办</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>退单</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新办理</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Service example</source>
            <translation>服务实例</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>并单</translation>
        </message>
        <message>
            <source>Urge</source>
            <translation>催办</translation>
        </message>
        <message>
            <source>Only a unit above the handling unit (%1) can do this.</source>
            <translation>只有办理单位（%1）的上级单位才能进行此操作。</translation>
        </message>
        <message>
            <source>Only the community director or a level above marks service examples.</source>
            <translation>服务实例由社区主任或上级单位标记。</translation>
        </message>
        <message>
            <source>The complaint is handled by %1; only that unit can do this.</source>
            <translation>该诉求由%1办理，只有办理单位才能进行此操作。</translation>
        </message>
        <message>
            <source>Not possible while the complaint is %1.</source>
            <translation>诉求处于“%1”状态，不能进行此操作。</translation>
        </message>
        <message>
            <source>Not possible in the complaint's current status.</source>
            <translation>诉求当前状态下不能进行此操作。</translation>
        </message>
        <message>
            <source>This complaint was merged into another; act on that one.</source>
            <translation>该诉求已并入其他诉求，请在主诉求上办理。</translation>
        </message>
        <message>
            <source>Please write the text.</source>
            <translation>请填写内容。</translation>
        </message>
        <message>
            <source>Please give a reason.</source>
            <translation>请填写原因。</translation>
        </message>
        <message>
            <source>Please choose a worker.</source>
            <translation>请选择工作人员。</translation>
        </message>
        <message>
            <source>The worker is not an active account of the handling unit.</source>
            <translation>该工作人员不是办理单位的在用账号。</translation>
        </message>
        <message>
            <source>Please describe how it was resolved.</source>
            <translation>请填写办理结果。</translation>
        </message>
        <message>
            <source>Please write the final reply to the resident.</source>
            <translation>请填写给居民的答复。</translation>
        </message>
        <message>
            <source>Please enter what the resident reported.</source>
            <translation>请填写居民反映的内容。</translation>
        </message>
        <message>
            <source>A complaint is filed at a community or one of its grids.</source>
            <translation>诉求只能登记在社区或其网格。</translation>
        </message>
        <message>
            <source>There is no level above to escalate to.</source>
            <translation>已是最高层级，无法再上报。</translation>
        </message>
        <message>
            <source>A complaint goes up one level at a time.</source>
            <translation>诉求只能逐级上报。</translation>
        </message>
        <message>
            <source>Communities do not transfer to departments; escalate to the street first.</source>
            <translation>社区不能直接转办职能部门，请先上报街道。</translation>
        </message>
        <message>
            <source>The complaint is already at a department.</source>
            <translation>诉求已在职能部门办理。</translation>
        </message>
        <message>
            <source>Please choose a functional department.</source>
            <translation>请选择职能部门。</translation>
        </message>
        <message>
            <source>Only departments of the complaint's district or of the city can receive it.</source>
            <translation>只能转办给诉求所在区或市的职能部门。</translation>
        </message>
        <message>
            <source>An escalated complaint is never sent back to a community.</source>
            <translation>已上报的诉求不能退回社区。</translation>
        </message>
        <message>
            <source>A complaint is reassigned only to a unit below its handling unit.</source>
            <translation>只能改派给当前办理单位的下级单位。</translation>
        </message>
        <message>
            <source>Only a unit above the handling unit can take it over.</source>
            <translation>只有办理单位的上级单位才能接办。</translation>
        </message>
        <message>
            <source>No unit transferred it here, so it cannot be sent back.</source>
            <translation>没有转办来源单位，无法退单。</translation>
        </message>
        <message>
            <source>More than 7 days have passed since it was resolved.</source>
            <translation>办结已超过 7 天，不能重新办理。</translation>
        </message>
        <message>
            <source>A service example needs the nickname, time, content, resolution, final reply and the rating satisfied.</source>
            <translation>服务实例须昵称、时间、内容、办理结果、答复齐全，且居民评价为“满意”。</translation>
        </message>
        <message>
            <source>It is already a service example.</source>
            <translation>已是服务实例。</translation>
        </message>
        <message>
            <source>A complaint cannot be merged into itself.</source>
            <translation>不能将诉求并入其自身。</translation>
        </message>
        <message>
            <source>That complaint was itself merged; choose the one it went into.</source>
            <translation>所选诉求本身已并单，请选择它并入的诉求。</translation>
        </message>
        <message>
            <source>That complaint is archived.</source>
            <translation>所选诉求已归档。</translation>
        </message>
        <message>
            <source>This is not yours to do on this complaint.</source>
            <translation>您无权对该诉求进行此操作。</translation>
        </message>
        <message>
            <source>The complaint or unit is not in your scope.</source>
            <translation>该诉求或单位不在您的管辖范围内。</translation>
        </message>
        <message>
            <source>Someone changed it meanwhile; look again and retry.</source>
            <translation>该诉求已被他人修改，请刷新后重试。</translation>
        </message>
        <message>
            <source>This complaint was entered already.</source>
            <translation>该诉求已登记过。</translation>
        </message>
        <message>
            <source>Some input is not valid.</source>
            <translation>填写的内容不符合要求。</translation>
        </message>
        <message>
            <source>The local data is busy; please try again.</source>
            <translation>本地数据正忙，请稍后重试。</translation>
        </message>
        <message>
            <source>The change could not be saved locally.</source>
            <translation>修改未能保存到本地。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintDetailPane</name>
        <message>
            <source>Choose a complaint to see what the resident said, its timeline and what you can do.</source>
            <translation>选择一件诉求，查看居民反映的内容、办理记录和可办理的操作。</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>What the resident said</source>
            <translation>诉求内容</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>办理</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>办理记录</translation>
        </message>
        <message>
            <source>%1, submitted %2</source>
            <translation>%1，提交于 %2</translation>
        </message>
        <message>
            <source>Handled by %1 (%2)</source>
            <translation>办理单位：%1（%2）</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>指派给 %1</translation>
        </message>
        <message numerus="yes">
            <source>Urged %n time(s)</source>
            <translation>
                <numerusform>已催办 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged into %1</source>
            <translation>已并入 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) merged into this one</source>
            <translation>
                <numerusform>已并入 %n 件重复诉求</numerusform>
            </translation>
        </message>
        <message>
            <source>Resident: %1</source>
            <translation>居民评价：%1</translation>
        </message>
        <message>
            <source>Service example</source>
            <translation>服务实例</translation>
        </message>
        <message>
            <source>No. %1</source>
            <translation>编号 %1</translation>
        </message>
        <message>
            <source>(no nickname)</source>
            <translation>（未留昵称）</translation>
        </message>
        <message>
            <source>Shown in full to the handling unit only</source>
            <translation>完整号码仅对办理单位可见</translation>
        </message>
        <message>
            <source>Location: %1</source>
            <translation>地点：%1</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>办理结果</translation>
        </message>
        <message>
            <source>Final reply to the resident</source>
            <translation>答复居民</translation>
        </message>
        <message>
            <source>Reply by %1 · %2</source>
            <translation>回复时限 %1 · %2</translation>
        </message>
        <message>
            <source>First reply %1 · %2</source>
            <translation>首次回复 %1 · %2</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>staff only</source>
            <translation>仅工作人员可见</translation>
        </message>
        <message>
            <source>Resolution: %1</source>
            <translation>办理结果：%1</translation>
        </message>
        <message>
            <source>Reply to the resident: %1</source>
            <translation>答复居民：%1</translation>
        </message>
        <message>
            <source>No events yet.</source>
            <translation>暂无办理记录。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintFilterBar</name>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未办结</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Submitted from</source>
            <translation>提交日期起</translation>
        </message>
        <message>
            <source>Submitted until (inclusive)</source>
            <translation>提交日期止（含当天）</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅看超时</translation>
        </message>
        <message>
            <source>Handled at my level</source>
            <translation>本级办理</translation>
        </message>
        <message>
            <source>Only complaints my own unit is handling now</source>
            <translation>只看本单位正在办理的诉求</translation>
        </message>
        <message>
            <source>Search title, content, location</source>
            <translation>搜索标题、内容、地点</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintLedger</name>
        <message>
            <source>%1 complaints match: at most %2 go into one ledger. Narrow the filter (a unit, a period or a status) and export again.</source>
            <translation>符合条件的诉求有 %1 件，一份台账最多 %2 件。请缩小筛选范围（单位、时段或状态）后再导出。</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>已合并</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>意见箱台账</translation>
        </message>
        <message>
            <source>Exported %1 · %2 complaints</source>
            <translation>导出时间 %1 · 共 %2 件</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <source>Reply due</source>
            <translation>回应时限</translation>
        </message>
        <message>
            <source>First reply</source>
            <translation>首次回应</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>时限情况</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>承办单位</translation>
        </message>
        <message>
            <source>Urged</source>
            <translation>催办次数</translation>
        </message>
        <message>
            <source>Complaint ID</source>
            <translation>诉求编号</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintStatsStrip</name>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到</translation>
        </message>
        <message>
            <source>Complaints submitted in the period (merged duplicates left out)</source>
            <translation>本期提交的诉求数（不含已并单的重复诉求）</translation>
        </message>
        <message>
            <source>Replied in time</source>
            <translation>按时回复率</translation>
        </message>
        <message>
            <source>First reply within the deadline, of those whose outcome is known</source>
            <translation>在时限内首次回复的比例（已有结果的诉求中）</translation>
        </message>
        <message>
            <source>Resolution rate</source>
            <translation>办结率</translation>
        </message>
        <message>
            <source>Resolved or archived, of those received</source>
            <translation>已办结或已归档的诉求占收到诉求的比例</translation>
        </message>
        <message>
            <source>To first reply</source>
            <translation>首次回复用时</translation>
        </message>
        <message>
            <source>Mean hours from submission to the first reply</source>
            <translation>从提交到首次回复的平均时长</translation>
        </message>
        <message>
            <source>To resolution</source>
            <translation>办结用时</translation>
        </message>
        <message>
            <source>Mean hours from submission to resolution</source>
            <translation>从提交到办结的平均时长</translation>
        </message>
        <message>
            <source>Satisfaction rate</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Satisfied counts 1, basically satisfied 0.5, of those rated</source>
            <translation>已评价诉求中，满意计 1、基本满意计 0.5</translation>
        </message>
        <message>
            <source>Solved at community</source>
            <translation>社区办结占比</translation>
        </message>
        <message>
            <source>Of the resolved, the share resolved while a community handled them</source>
            <translation>已办结诉求中由社区办结的比例</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>上报</translation>
        </message>
        <message>
            <source>Escalations to street, district and city</source>
            <translation>上报至街道、区、市的次数</translation>
        </message>
        <message>
            <source>To the street %1, to the district %2, to the city %3</source>
            <translation>上报街道 %1 次，上报区 %2 次，上报市 %3 次</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintTrayNotifier</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> 等 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new complaint(s): %1</source>
            <translation>
                <numerusform>新收到 %n 件诉求：%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) past the reply deadline: %1</source>
            <translation>
                <numerusform>%n 件诉求已超过回复时限：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>New complaints</source>
            <translation>新诉求</translation>
        </message>
        <message>
            <source>Complaints need attention</source>
            <translation>诉求待处理</translation>
        </message>
        <message>
            <source>CivicDesk</source>
            <translation>社区工作台</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintsDashboardSection</name>
        <message>
            <source>Where overdue complaints pile up</source>
            <translation>超时诉求较多的下级单位</translation>
        </message>
        <message>
            <source>My open complaints (%1)</source>
            <translation>我的待办诉求（%1）</translation>
        </message>
        <message>
            <source>Nothing open at your unit.</source>
            <translation>本单位暂无待办诉求。</translation>
        </message>
        <message>
            <source>All %1 in the complaints box</source>
            <translation>在意见箱中查看全部 %1 件</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>超时 %1 件</translation>
        </message>
        <message>
            <source>of %1 open</source>
            <translation>共 %1 件未办结</translation>
        </message>
        <message>
            <source>No overdue complaints below you.</source>
            <translation>下级暂无超时诉求。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintsPage</name>
        <message>
            <source>Complaints</source>
            <translation>意见箱</translation>
        </message>
        <message>
            <source>Canned replies</source>
            <translation>常用回复</translation>
        </message>
        <message>
            <source>Register a complaint</source>
            <translation>登记诉求</translation>
        </message>
        <message>
            <source>%1 and below</source>
            <translation>%1及下级</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>%1 complaints</source>
            <translation>共 %1 条</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>近30天</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>最早</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>Export ledger</source>
            <translation>导出台账</translation>
        </message>
        <message>
            <source>The complaints listed, as an Excel workbook (意见箱台账)</source>
            <translation>把列表中的诉求导出为 Excel 台账（意见箱台账）</translation>
        </message>
        <message>
            <source>Complaints ledger of %1</source>
            <translation>%1意见箱台账</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Ledger saved to %1</source>
            <translation>台账已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CreateComplaintDialog</name>
        <message>
            <source>Register a complaint</source>
            <translation>登记诉求</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>One line, e.g. Manhole cover missing at building 3</source>
            <translation>一句话概括，如：3号楼井盖丢失</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>What the resident reported, in their words</source>
            <translation>居民反映的内容（尽量保留原话）</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>When the resident came or called: the 24-hour clock starts then</source>
            <translation>居民来访或来电的时间，24 小时时限自此开始计算</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Photo links (http or https), one per line</source>
            <translation>照片链接（http 或 https），每行一个</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Please choose the community.</source>
            <translation>请选择社区。</translation>
        </message>
        <message>
            <source>Please give the complaint a title.</source>
            <translation>请填写诉求标题。</translation>
        </message>
        <message>
            <source>The content is longer than 4000 characters.</source>
            <translation>内容超过 4000 字。</translation>
        </message>
        <message>
            <source>At most 20 photos.</source>
            <translation>最多 20 张照片。</translation>
        </message>
        <message>
            <source>Not a photo link: %1</source>
            <translation>不是有效的照片链接：%1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CumulativeChart</name>
        <message>
            <source>Cumulative fans</source>
            <translation>累计粉丝</translation>
        </message>
        <message>
            <source>%1
Cumulative fans: %2
Net that day: %3 (new %4, unfollowed %5)</source>
            <translation>%1
累计粉丝：%2
当日净增：%3（新关注 %4，取消关注 %5）</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::DashboardPage</name>
        <message>
            <source>Notifications</source>
            <translation>消息提醒</translation>
        </message>
        <message>
            <source>No notifications. Reminders (催办), rejected notices and overdue reviews for your unit appear here.</source>
            <translation>暂无消息。本单位收到的催办、被退回的信息和超时未审的提醒会显示在这里。</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Good morning, %1</source>
            <translation>上午好，%1</translation>
        </message>
        <message>
            <source>Good afternoon, %1</source>
            <translation>下午好，%1</translation>
        </message>
        <message>
            <source>Good evening, %1</source>
            <translation>晚上好，%1</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FanChartView</name>
        <message>
            <source>No fan figures for this period</source>
            <translation>该时段暂无粉丝数据</translation>
        </message>
        <message>
            <source>The picture could not be written to %1.</source>
            <translation>图片无法保存到 %1。</translation>
        </message>
        <message>
            <source>Save chart as picture…</source>
            <translation>图表另存为图片…</translation>
        </message>
        <message>
            <source>Save chart as picture</source>
            <translation>图表另存为图片</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FanCharts</name>
        <message>
            <source>Q1</source>
            <comment>a quarter on an axis</comment>
            <translation>一季度</translation>
        </message>
        <message>
            <source>Q2</source>
            <comment>a quarter on an axis</comment>
            <translation>二季度</translation>
        </message>
        <message>
            <source>Q3</source>
            <comment>a quarter on an axis</comment>
            <translation>三季度</translation>
        </message>
        <message>
            <source>Q4</source>
            <comment>a quarter on an axis</comment>
            <translation>四季度</translation>
        </message>
        <message>
            <source>Q1 %1</source>
            <translation>%1年第一季度</translation>
        </message>
        <message>
            <source>Q2 %1</source>
            <translation>%1年第二季度</translation>
        </message>
        <message>
            <source>Q3 %1</source>
            <translation>%1年第三季度</translation>
        </message>
        <message>
            <source>Q4 %1</source>
            <translation>%1年第四季度</translation>
        </message>
        <message>
            <source>MMM d, yyyy</source>
            <comment>date format of a day with its year</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>MMM d</source>
            <comment>date format of a day without the year</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <comment>date format of a month with its year</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>MMM</source>
            <comment>date format of a month without the year</comment>
            <translation>M月</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a year and a quarter on an axis</comment>
            <translation>%1年%2</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>a range of dates</comment>
            <translation>%1至%2</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>%1当周</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FanExports</name>
        <message>
            <source>%1 · %2 to %3</source>
            <translation>%1 · %2至%3</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>每日数据</translation>
        </message>
        <message>
            <source>%1: fans per day</source>
            <translation>%1 每日粉丝数据</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>New followers</source>
            <translation>新关注</translation>
        </message>
        <message>
            <source>Unfollowed</source>
            <translation>取消关注</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>净增粉丝</translation>
        </message>
        <message>
            <source>Cumulative fans</source>
            <translation>累计粉丝</translation>
        </message>
        <message>
            <source>%1: net growth per period</source>
            <translation>%1 分时段净增</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Cumulative at the end</source>
            <translation>期末累计</translation>
        </message>
        <message>
            <source>Units compared</source>
            <translation>下级对比</translation>
        </message>
        <message>
            <source>%1: units compared</source>
            <translation>%1 下级单位对比</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>社区数</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Cumulative at the start</source>
            <translation>期初累计</translation>
        </message>
        <message>
            <source>Penetration</source>
            <translation>渗透率</translation>
        </message>
        <message>
            <source>%1 %2 community WeChat platform monthly circular</source>
            <translation>%1 %2 社区微信平台工作月通报</translation>
        </message>
        <message>
            <source>Monthly circular</source>
            <translation>月通报</translation>
        </message>
        <message>
            <source>%1 · issued %2 · figures %3</source>
            <translation>%1 · %2 印发 · 统计期 %3</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>所属街道</translation>
        </message>
        <message>
            <source>Notices published</source>
            <translation>发稿量</translation>
        </message>
        <message>
            <source>Published last month</source>
            <translation>上月发稿量</translation>
        </message>
        <message>
            <source>Reads</source>
            <translation>阅读量</translation>
        </message>
        <message>
            <source>Reads last month</source>
            <translation>上月阅读量</translation>
        </message>
        <message>
            <source>Reads change</source>
            <translation>阅读环比</translation>
        </message>
        <message>
            <source>Net growth last month</source>
            <translation>上月净增</translation>
        </message>
        <message>
            <source>Net growth change</source>
            <translation>净增环比</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Issued by %1 · %2</source>
            <translation>%1　%2</translation>
        </message>
        <message>
            <source>In %1 the %2 communities of %3 published %4 notices, read %5 times; their official accounts gained a net %6 followers (%7 the month before) and have %8 followers in all, %9 of households.</source>
            <translation>%1，%3所辖 %2 个社区共发布信息 %4 篇，阅读 %5 次；社区公众号净增粉丝 %6 人（上月 %7 人），累计粉丝 %8 人，渗透率 %9。</translation>
        </message>
        <message>
            <source>Change on last month</source>
            <translation>净增环比</translation>
        </message>
        <message>
            <source>Ranked by net growth in the month. Change on last month = (net growth − last month's) ÷ |last month's|; — where last month's was 0. Penetration = cumulative followers ÷ households. Reads count every notice's reads in the month. Figures up to %1.</source>
            <translation>按本月净增粉丝排名。净增环比 =（本月净增 − 上月净增）÷ |上月净增|，上月净增为 0 时记为“—”。渗透率 = 累计粉丝 ÷ 户数。阅读量为各条信息在本月的阅读次数之和。数据截至 %1。</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1.</source>
            <translation>PDF 无法保存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FanImportDialog</name>
        <message>
            <source>Import fan figures</source>
            <translation>导入粉丝数据</translation>
        </message>
        <message>
            <source>Choose the CSV file exported from the official account's console (User analysis → User growth). UTF-8 and GBK files are read; a day imported again replaces the one stored.</source>
            <translation>请选择从公众号后台“用户分析 → 用户增长”导出的 CSV 文件，支持 UTF-8 和 GBK 编码；已有日期再次导入时以新数据为准。</translation>
        </message>
        <message>
            <source>%1 › %2</source>
            <translation>%1 › %2</translation>
        </message>
        <message>
            <source>Community:</source>
            <translation>社区：</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>未选择文件</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细说明</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Your account imports no fan figures: figures are imported by the community's staff or the offices above it.</source>
            <translation>您的账号不能导入粉丝数据：粉丝数据由社区工作人员或上级单位导入。</translation>
        </message>
        <message>
            <source>Choose the fan figures file</source>
            <translation>选择粉丝数据文件</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>The file is too large (%1) for a table of daily figures: choose the CSV exported from the console.</source>
            <translation>文件过大（%1），不是每日数据表：请选择从公众号后台导出的 CSV 文件。</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found: nothing was imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>发现 %n 处问题，未导入任何数据。请修改文件后重新选择。</numerusform>
            </translation>
        </message>
        <message>
            <source>The file holds %1 days; at most %2 days are imported at a time. Export a year or less from the console.</source>
            <translation>文件包含 %1 天的数据，每次最多导入 %2 天。请在公众号后台按一年以内的时段导出。</translation>
        </message>
        <message>
            <source>Empty file</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>No data rows</source>
            <translation>没有数据行</translation>
        </message>
        <message>
            <source>Unknown encoding</source>
            <translation>无法识别的编码</translation>
        </message>
        <message>
            <source>Unclosed quotation mark</source>
            <translation>引号未闭合</translation>
        </message>
        <message>
            <source>Missing column</source>
            <translation>缺少列</translation>
        </message>
        <message>
            <source>Column twice</source>
            <translation>列重复</translation>
        </message>
        <message>
            <source>Invalid date</source>
            <translation>日期有误</translation>
        </message>
        <message>
            <source>Not a whole number</source>
            <translation>不是整数</translation>
        </message>
        <message>
            <source>Negative count</source>
            <translation>人数为负</translation>
        </message>
        <message>
            <source>Net ≠ new − unfollowed</source>
            <translation>净增 ≠ 新关注 − 取消关注</translation>
        </message>
        <message>
            <source>Cumulative does not follow the day before</source>
            <translation>累积人数与前一天不衔接</translation>
        </message>
        <message>
            <source>Date twice</source>
            <translation>日期重复</translation>
        </message>
        <message>
            <source>Missing days</source>
            <translation>缺少日期</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n day(s): %2 new, %3 unfollowed, net %4; %5 followers at the end.</source>
            <translation>
                <numerusform>%1，共 %n 天：新关注 %2，取消关注 %3，净增 %4，期末累计粉丝 %5。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stored day(s) will be replaced by the file's figures (the change is recorded).</source>
            <translation>
                <numerusform>其中 %n 天的已有数据将被替换（保留修改记录）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The figures were not imported: %1</source>
            <translation>数据未导入：%1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FansDashboardSection</name>
        <message>
            <source>Fans this month</source>
            <translation>本月粉丝</translation>
        </message>
        <message>
            <source>Communities with no notice for %1 days, complaints past their deadline without an answer, or fans falling two weeks running. Click one to open it.</source>
            <translation>%1 天未发布信息、诉求超时未回复或粉丝连续两周下降的社区。点击可查看该社区。</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>所属街道</translation>
        </message>
        <message>
            <source>Last notice</source>
            <translation>最近发布</translation>
        </message>
        <message>
            <source>Complaints past deadline</source>
            <translation>超时诉求</translation>
        </message>
        <message>
            <source>Fans</source>
            <translation>粉丝</translation>
        </message>
        <message>
            <source>No alarms: every community in your area published in the last %1 days, answers complaints in time and keeps its fans.</source>
            <translation>暂无预警：所辖社区近 %1 天均有发布，诉求按时回复，粉丝未连续下降。</translation>
        </message>
        <message>
            <source>No fan figures yet.</source>
            <translation>暂无粉丝数据。</translation>
        </message>
        <message>
            <source>Net %1 this month (%2 new, %3 unfollowed) · %4 followers</source>
            <translation>本月净增 %1（新关注 %2，取消关注 %3）· 累计粉丝 %4</translation>
        </message>
        <message>
            <source> · penetration %1</source>
            <translation> · 渗透率 %1</translation>
        </message>
        <message>
            <source>Communities needing attention: %1 of %2</source>
            <translation>需关注的社区：%1 个（共 %2 个）</translation>
        </message>
        <message>
            <source>Never published</source>
            <translation>从未发布</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n 件超时</numerusform>
            </translation>
        </message>
        <message>
            <source>Falling two weeks: %1, %2</source>
            <translation>连续两周下降：%1、%2</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FansPage</name>
        <message>
            <source>Fan growth</source>
            <translation>粉丝统计</translation>
        </message>
        <message>
            <source>Import figures…</source>
            <translation>导入数据…</translation>
        </message>
        <message>
            <source>Monthly circular…</source>
            <translation>月通报…</translation>
        </message>
        <message>
            <source>Save charts as picture…</source>
            <translation>导出图片…</translation>
        </message>
        <message>
            <source>Export data…</source>
            <translation>导出数据…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>时间范围：</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>近12个月</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Net growth by:</source>
            <translation>净增统计：</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>按周</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>按月</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>按季度</translation>
        </message>
        <message>
            <source>Followers at the end</source>
            <translation>期末累计粉丝</translation>
        </message>
        <message>
            <source>Net growth in the period</source>
            <translation>期间净增</translation>
        </message>
        <message>
            <source>New · unfollowed</source>
            <translation>新关注 · 取消关注</translation>
        </message>
        <message>
            <source>Penetration (followers ÷ households)</source>
            <translation>渗透率（粉丝 ÷ 户数）</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>净增</translation>
        </message>
        <message>
            <source>Cumulative fans</source>
            <translation>累计粉丝</translation>
        </message>
        <message>
            <source>Penetration by unit (followers ÷ households)</source>
            <translation>各单位渗透率（粉丝 ÷ 户数）</translation>
        </message>
        <message>
            <source>%1 · %2 · figures up to %3</source>
            <translation>%1 · %2 · 数据截至 %3</translation>
        </message>
        <message>
            <source>%1 · %2 · no fan figures yet</source>
            <translation>%1 · %2 · 暂无粉丝数据</translation>
        </message>
        <message>
            <source>%1 at the start</source>
            <translation>期初 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n communities</source>
            <translation>
                <numerusform>%n 个社区</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 a day on average</source>
            <translation>日均 %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Unfollow ratio %1%</source>
            <translation>取关比 %1%</translation>
        </message>
        <message>
            <source>%1 households</source>
            <translation>%1 户</translation>
        </message>
        <message>
            <source>no household count</source>
            <translation>未填户数</translation>
        </message>
        <message>
            <source>Net growth by %1</source>
            <translation>净增粉丝（%1）</translation>
        </message>
        <message>
            <source>Districts compared</source>
            <translation>各区对比</translation>
        </message>
        <message>
            <source>Streets compared</source>
            <translation>各街道对比</translation>
        </message>
        <message>
            <source>Communities compared</source>
            <translation>各社区对比</translation>
        </message>
        <message>
            <source>Select a street or a district for its monthly circular.</source>
            <translation>请在左侧选择街道或区，查看其月通报。</translation>
        </message>
        <message>
            <source>Fans of %1</source>
            <translation>%1粉丝统计</translation>
        </message>
        <message>
            <source>Save charts as picture</source>
            <translation>导出图表图片</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>The picture could not be written to %1.</source>
            <translation>图片无法保存到 %1。</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>导出数据</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::Labels</name>
        <message>
            <source>Community worker</source>
            <translation>社区工作者</translation>
        </message>
        <message>
            <source>Community director</source>
            <translation>社区主任</translation>
        </message>
        <message>
            <source>Street office</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>District office</source>
            <translation>区级</translation>
        </message>
        <message>
            <source>City office</source>
            <translation>市级</translation>
        </message>
        <message>
            <source>Functional department</source>
            <translation>职能部门</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>只读查看</translation>
        </message>
        <message>
            <source>City</source>
            <translation>市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>职能部门</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>today %1</source>
            <translation>今天 %1</translation>
        </message>
        <message>
            <source>yesterday %1</source>
            <translation>昨天 %1</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>刚刚</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n 小时前</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>civic::ui::LoginDialog</name>
        <message>
            <source>Sign in — CivicDesk</source>
            <translation>登录 — 社区工作台</translation>
        </message>
        <message>
            <source>CivicDesk</source>
            <translation>社区工作台</translation>
        </message>
        <message>
            <source>Community platform administration</source>
            <translation>社区政务微信平台管理</translation>
        </message>
        <message>
            <source>your username</source>
            <translation>您的用户名</translation>
        </message>
        <message>
            <source>Remember me on this computer</source>
            <translation>在这台电脑上记住我</translation>
        </message>
        <message>
            <source>Keeps the sign-in (never the password) in the system keychain.</source>
            <translation>登录凭据（不含密码）保存在系统密钥环中。</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Preset for this computer by the administrator</source>
            <translation>由管理员为这台电脑预设</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <source>Enter the server address, like https://civicdesk.example.gov.cn</source>
            <translation>请输入服务器地址，例如 https://civicdesk.example.gov.cn</translation>
        </message>
        <message>
            <source>Enter your username.</source>
            <translation>请输入用户名。</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>请输入密码。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::MainWindow</name>
        <message>
            <source>CivicDesk — %1 %2</source>
            <translation>社区工作台 — %1 %2</translation>
        </message>
        <message>
            <source>CivicDesk</source>
            <translation>社区工作台</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NetGrowthChart</name>
        <message>
            <source>Net gain</source>
            <translation>净增</translation>
        </message>
        <message>
            <source>Net loss</source>
            <translation>净减</translation>
        </message>
        <message>
            <source>%1 (%2)
Net growth: %3
New: %4 · Unfollowed: %5
Cumulative at the end: %6</source>
            <translation>%1（%2）
净增：%3
新关注：%4 · 取消关注：%5
期末累计：%6</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeDetailView</name>
        <message>
            <source>Correct (更正)</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>A published notice cannot change: write a correction, linked to it, that goes through review again</source>
            <translation>已发布的信息不能修改：可发布更正，更正稿关联原信息并重新审核</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Phone preview</source>
            <translation>手机预览</translation>
        </message>
        <message>
            <source>New notice</source>
            <translation>新建信息</translation>
        </message>
        <message>
            <source>%1 · written by you</source>
            <translation>%1 · 本人编写</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>第%1版</translation>
        </message>
        <message>
            <source>published %1</source>
            <translation>发布于 %1</translation>
        </message>
        <message>
            <source>%1 reads</source>
            <translation>阅读 %1</translation>
        </message>
        <message>
            <source>changed %1</source>
            <translation>更新于 %1</translation>
        </message>
        <message>
            <source>scheduled %1</source>
            <translation>定时 %1</translation>
        </message>
        <message>
            <source>corrects “%1”</source>
            <translation>更正《%1》</translation>
        </message>
        <message>
            <source>Correction of “%1”</source>
            <translation>更正：%1</translation>
        </message>
        <message>
            <source>A new notice linked to the published one; the original stays as it was.</source>
            <translation>更正稿是一条新信息，关联原信息；原信息保持不变。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeEditor</name>
        <message>
            <source>A short, clear title: what, when, where</source>
            <translation>简明标题：什么事、何时、何地</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Publish at</source>
            <translation>定时发布</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>栏目：</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Make the paragraph a heading</source>
            <translation>将本段设为小标题</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>加粗</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>加粗 (Ctrl+B)</translation>
        </message>
        <message>
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>项目符号列表</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <source>Link the selected text to a web address</source>
            <translation>为选中的文字添加网址链接</translation>
        </message>
        <message>
            <source>Image (URL)</source>
            <translation>图片(URL)</translation>
        </message>
        <message>
            <source>Insert an image by its web address; it is shown here as a grey box naming its site</source>
            <translation>按网址插入图片；此处以灰色框显示图片所在网站，不下载图片</translation>
        </message>
        <message>
            <source>Write the notice here. Sensitive words of your district are marked in red.</source>
            <translation>在此编写正文。本区敏感词会以红色标出。</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>提交审核</translation>
        </message>
        <message>
            <source>Nothing to save: everything is saved.</source>
            <translation>没有需要保存的修改。</translation>
        </message>
        <message>
            <source>Returned by %1 (%2, %3): %4</source>
            <translation>%1退回（%2，%3）：%4</translation>
        </message>
        <message>
            <source>Unsaved changes from your last session were restored.</source>
            <translation>已恢复上次未保存的内容。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>A correction (更正) of a published notice: it goes through review again and is published as a new notice linked to the old one.</source>
            <translation>这是已发布信息的更正稿：需重新审核，发布后作为新信息并关联原信息。</translation>
        </message>
        <message>
            <source>New notice: it is saved as a draft as you type.</source>
            <translation>新信息：输入内容自动保存为草稿。</translation>
        </message>
        <message>
            <source>Draft kept on this computer at %1</source>
            <translation>草稿已于 %1 保存在本机</translation>
        </message>
        <message>
            <source>Saved at %1</source>
            <translation>已于 %1 保存</translation>
        </message>
        <message>
            <source>Fix the problems listed above before submitting.</source>
            <translation>请先修改上方列出的问题再提交。</translation>
        </message>
        <message>
            <source>Submitted for review. It is sent to the server when online.</source>
            <translation>已提交审核，联网后自动上传。</translation>
        </message>
        <message>
            <source>Saving, try again in a moment.</source>
            <translation>正在保存，请稍后再试。</translation>
        </message>
        <message>
            <source>After submission: %1, then published by your unit.</source>
            <translation>提交后依次审核：%1，通过后由本单位发布。</translation>
        </message>
        <message>
            <source>✓ Ready to submit: required fields, sensitive words, links and schedule checked.</source>
            <translation>✓ 检查通过：必填项、敏感词、链接和发布时间均无问题，可以提交。</translation>
        </message>
        <message>
            <source>Enter a title.</source>
            <translation>请填写标题。</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>请选择栏目。</translation>
        </message>
        <message>
            <source>The body is empty.</source>
            <translation>正文不能为空。</translation>
        </message>
        <message>
            <source>“%1” is not a valid web address (it must start with http:// or https://).</source>
            <translation>“%1”不是有效网址（须以 http:// 或 https:// 开头）。</translation>
        </message>
        <message>
            <source>The scheduled time has already passed: choose a later time or clear “Publish at”.</source>
            <translation>定时发布时间已过：请改为以后的时间，或取消“定时发布”。</translation>
        </message>
        <message>
            <source>find</source>
            <translation>定位</translation>
        </message>
        <message>
            <source>The title contains the sensitive word “%1”.</source>
            <translation>标题含敏感词“%1”。</translation>
        </message>
        <message numerus="yes">
            <source>The body contains the sensitive word “%1” (%n time(s)): …%2… %3</source>
            <translation>
                <numerusform>正文含敏感词“%1”（%n处）：…%2… %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Before submitting, fix:</source>
            <translation>提交前请修改：</translation>
        </message>
        <message>
            <source>Insert link</source>
            <translation>插入链接</translation>
        </message>
        <message>
            <source>Web address (http:// or https://):</source>
            <translation>网址（http:// 或 https://）：</translation>
        </message>
        <message>
            <source>“%1” is not a valid web address.</source>
            <translation>“%1”不是有效网址。</translation>
        </message>
        <message>
            <source>Insert image</source>
            <translation>插入图片</translation>
        </message>
        <message>
            <source>Image address (http:// or https://). The image is not downloaded here; the platform shows it.</source>
            <translation>图片网址（http:// 或 https://）。本机不下载图片，由平台显示。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeHtml</name>
        <message>
            <source>Image (not loaded): %1</source>
            <translation>图片（未加载）：%1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeLabels</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <source>Approved, to publish</source>
            <translation>待发布</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Announcement</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>便民</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>惠民</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Policy explained</source>
            <translation>政策解读</translation>
        </message>
        <message>
            <source>Call to action</source>
            <translation>召集令</translation>
        </message>
        <message>
            <source>1st review</source>
            <translation>一审</translation>
        </message>
        <message>
            <source>2nd review</source>
            <translation>二审</translation>
        </message>
        <message>
            <source>3rd review</source>
            <translation>三审</translation>
        </message>
        <message>
            <source>4th review</source>
            <translation>四审</translation>
        </message>
        <message>
            <source>Review %1</source>
            <translation>第%1审</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>The notice contains sensitive words of the district. Change them and submit again.</source>
            <translation>信息含本区敏感词，请修改后重新提交。</translation>
        </message>
        <message>
            <source>A link or image address is not a valid web address.</source>
            <translation>链接或图片网址无效。</translation>
        </message>
        <message>
            <source>The scheduled time has already passed.</source>
            <translation>定时发布时间已过。</translation>
        </message>
        <message>
            <source>Title, category and body are required.</source>
            <translation>标题、栏目和正文为必填项。</translation>
        </message>
        <message>
            <source>Nobody may review their own notice.</source>
            <translation>不能审核本人编写的信息。</translation>
        </message>
        <message>
            <source>This step is not yours to decide.</source>
            <translation>当前步骤不由您审核。</translation>
        </message>
        <message>
            <source>Give a quality rating from 1 to 5 to approve.</source>
            <translation>通过前请给出 1–5 分的质量评分。</translation>
        </message>
        <message>
            <source>Write a comment for the author to return the notice.</source>
            <translation>退回时须填写审核意见。</translation>
        </message>
        <message>
            <source>The notice was changed elsewhere in the meantime. Reopen it and try again.</source>
            <translation>信息已在别处被修改，请重新打开后再试。</translation>
        </message>
        <message>
            <source>The notice is no longer in a state that allows this.</source>
            <translation>信息当前状态不允许此操作。</translation>
        </message>
        <message>
            <source>The review chain is not valid: %1</source>
            <translation>审核流程无效：%1</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>未完成：%1</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm</source>
            <translation>yyyy-MM-dd HH:mm</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticePreview</name>
        <message>
            <source>(no title)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>Reads %1</source>
            <translation>阅读 %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeReviewView</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n 小时</numerusform>
            </translation>
        </message>
        <message>
            <source>Review chain</source>
            <translation>审核流程</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>修改对比</translation>
        </message>
        <message>
            <source>History and comments</source>
            <translation>审核记录与意见</translation>
        </message>
        <message>
            <source>Your review</source>
            <translation>审核意见</translation>
        </message>
        <message>
            <source>Quality rating:</source>
            <translation>质量评分：</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 分（满分 5 分）</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>较差</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>good</source>
            <translation>良好</translation>
        </message>
        <message>
            <source>very good</source>
            <translation>较好</translation>
        </message>
        <message>
            <source>excellent</source>
            <translation>优秀</translation>
        </message>
        <message>
            <source>Comment for the author (optional to approve, required to return)</source>
            <translation>审核意见（通过时选填，退回时必填）</translation>
        </message>
        <message>
            <source>Return for changes</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Send it back to the author with your comment</source>
            <translation>附审核意见退回作者修改</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Pass this step; choose a quality rating first</source>
            <translation>通过本步审核；请先评分</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>Take the notice back from review to change it</source>
            <translation>从审核中撤回以便修改</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <source>Not submitted yet. On submission it goes through these steps:</source>
            <translation>尚未提交。提交后将按以下步骤审核：</translation>
        </message>
        <message>
            <source>Revision %1, submitted %2. The chain was fixed at submission.</source>
            <translation>第%1版，%2提交。审核流程以提交时为准。</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Reviewing now</source>
            <translation>审核中</translation>
        </message>
        <message>
            <source>Due %1 · overdue by %2</source>
            <translation>截止 %1 · 已超时 %2</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>截止 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) to decide</source>
            <translation>
                <numerusform>时限 %n 小时</numerusform>
            </translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>Reviewing now: &lt;b&gt;%1&lt;/b&gt;, step %2 of %3, due %4.</source>
            <translation>当前审核：&lt;b&gt;%1&lt;/b&gt;，第%2步（共%3步），截止 %4。</translation>
        </message>
        <message>
            <source>Overdue by %1.</source>
            <translation>已超时 %1。</translation>
        </message>
        <message>
            <source>Returned to the author for changes. A resubmission starts again at the first step.</source>
            <translation>已退回作者修改，重新提交后从一审开始。</translation>
        </message>
        <message>
            <source>All steps approved. Scheduled for %1.</source>
            <translation>各级审核已通过，定时于 %1 发布。</translation>
        </message>
        <message>
            <source>All steps approved: ready to publish.</source>
            <translation>各级审核已通过，可以发布。</translation>
        </message>
        <message>
            <source>Publication requested: it goes out at the scheduled time.</source>
            <translation>已申请发布，到定时时间自动发布。</translation>
        </message>
        <message>
            <source>Published %1.</source>
            <translation>已于 %1 发布。</translation>
        </message>
        <message>
            <source>Withdrawn by the author.</source>
            <translation>作者已撤回。</translation>
        </message>
        <message>
            <source>Publish at %1</source>
            <translation>定时 %1 发布</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>立即发布</translation>
        </message>
        <message>
            <source>Approved by every step. Publishing is up to your unit.</source>
            <translation>各级审核已通过，由本单位发布。</translation>
        </message>
        <message>
            <source>While in review you can take the notice back to change it.</source>
            <translation>审核期间可撤回修改。</translation>
        </message>
        <message>
            <source>The current text against revision %1 as submitted.</source>
            <translation>当前稿与已提交的第%1版对比。</translation>
        </message>
        <message>
            <source>Revision %1 against revision %2.</source>
            <translation>第%1版与第%2版对比。</translation>
        </message>
        <message>
            <source>First version: there is no earlier revision to compare with.</source>
            <translation>首次提交，没有可对比的版本。</translation>
        </message>
        <message>
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>栏目：</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>无改动。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; submitted revision %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; 提交第%2版</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; approved %2 of revision %3 &lt;span style="color:#faad14;"&gt;%4&lt;/span&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; 第%3版%2通过 &lt;span style="color:#faad14;"&gt;%4&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style="color:#cf1322;"&gt;returned&lt;/span&gt; revision %3 at %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; 第%3版%2&lt;span style="color:#cf1322;"&gt;退回&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Nothing yet: not submitted.</source>
            <translation>暂无记录：尚未提交。</translation>
        </message>
        <message>
            <source>Choose a quality rating first.</source>
            <translation>请先评分。</translation>
        </message>
        <message>
            <source>Write what the author should change.</source>
            <translation>请写明需要修改的内容。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeSettingsView</name>
        <message>
            <source>a chain needs at least one step</source>
            <translation>审核流程至少需要一个步骤</translation>
        </message>
        <message>
            <source>each step must sit at a higher level than the one before it</source>
            <translation>各步骤的层级须逐级向上</translation>
        </message>
        <message>
            <source>this step repeats an earlier one</source>
            <translation>与前面的步骤重复</translation>
        </message>
        <message>
            <source>the role does not sit at this level</source>
            <translation>审核角色与层级不符</translation>
        </message>
        <message>
            <source>this role cannot review notices</source>
            <translation>该角色不能审核信息</translation>
        </message>
        <message>
            <source>a step needs at least 1 hour</source>
            <translation>每步时限至少 1 小时</translation>
        </message>
        <message>
            <source>Back to the notices</source>
            <translation>返回信息列表</translation>
        </message>
        <message>
            <source>Review chains</source>
            <translation>审核流程</translation>
        </message>
        <message>
            <source>Every notice of the district passes these steps in order. A category may have a chain of its own (for example a district step for 政策解读). Notices already in review keep the chain they were submitted with.</source>
            <translation>本区信息按以下步骤依次审核。各栏目可单独设置流程（如“政策解读”增加区级审核）。已在审核中的信息仍按提交时的流程审核。</translation>
        </message>
        <message>
            <source>This category has its own chain</source>
            <translation>此栏目单独设置审核流程</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>审核角色</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Hours to decide</source>
            <translation>时限（小时）</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Save review chains</source>
            <translation>保存审核流程</translation>
        </message>
        <message>
            <source>Sensitive words</source>
            <translation>敏感词</translation>
        </message>
        <message>
            <source>One word or phrase per line. Notices containing any of them cannot be submitted: the editor marks them, and the server checks again.</source>
            <translation>每行一个词语。含敏感词的信息不能提交：编辑时会标出，服务器也会再次检查。</translation>
        </message>
        <message>
            <source>One word or phrase per line</source>
            <translation>每行一个词语</translation>
        </message>
        <message>
            <source>Save word list</source>
            <translation>保存敏感词</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>Notice settings · %1</source>
            <translation>发布设置 · %1</translation>
        </message>
        <message>
            <source>Default chain</source>
            <translation>默认流程</translation>
        </message>
        <message>
            <source>%1 (own chain)</source>
            <translation>%1（单独设置）</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1（默认）</translation>
        </message>
        <message>
            <source>Default chain (categories without their own)</source>
            <translation>默认流程（未单独设置的栏目）</translation>
        </message>
        <message>
            <source>Chain for %1</source>
            <translation>%1的审核流程</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Saved. New submissions use these chains.</source>
            <translation>已保存，新提交的信息按此流程审核。</translation>
        </message>
        <message>
            <source>Saved. The editor checks against the new list.</source>
            <translation>已保存，编辑时将按新词表检查。</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>共 %n 个词</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticesDashboardSection</name>
        <message>
            <source>Notices</source>
            <translation>信息发布</translation>
        </message>
        <message>
            <source>Awaiting my review</source>
            <translation>待我审核</translation>
        </message>
        <message>
            <source>My drafts and returned</source>
            <translation>草稿及退回</translation>
        </message>
        <message>
            <source>Reviews overdue in my area</source>
            <translation>辖区审核超时</translation>
        </message>
        <message>
            <source>Published in the last 30 days</source>
            <translation>近30天发布</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticesPage</name>
        <message>
            <source>Notices</source>
            <translation>信息发布</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>截止 %1</translation>
        </message>
        <message>
            <source>%1 reads</source>
            <translation>阅读 %1</translation>
        </message>
        <message>
            <source>Topic chosen by the community, written by its social worker, first review by the director, second by the street, published by the community.</source>
            <translation>社区选题、社工编写、主任一审、街道二审、社区发布。</translation>
        </message>
        <message>
            <source>Chains and sensitive words</source>
            <translation>审核流程与敏感词</translation>
        </message>
        <message>
            <source>The district's review chains per category and its sensitive-word list</source>
            <translation>本区各栏目的审核流程和敏感词表</translation>
        </message>
        <message>
            <source>New notice</source>
            <translation>新建信息</translation>
        </message>
        <message>
            <source>Awaiting my review</source>
            <translation>待我审核</translation>
        </message>
        <message>
            <source>My drafts</source>
            <translation>我的草稿</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>In review under the selected unit: who reviews now and until when</source>
            <translation>所选单位下审核中的信息：当前审核人及截止时间</translation>
        </message>
        <message>
            <source>Published under the selected unit, newest first</source>
            <translation>所选单位已发布的信息，最新在前</translation>
        </message>
        <message>
            <source>Search titles…</source>
            <translation>搜索标题…</translation>
        </message>
        <message>
            <source>Choose a notice on the left, or write a new one.</source>
            <translation>请在左侧选择一条信息，或新建信息。</translation>
        </message>
        <message>
            <source>Nothing awaits your review.</source>
            <translation>暂无待您审核的信息。</translation>
        </message>
        <message>
            <source>No drafts. “New notice” starts one; it is kept as you type.</source>
            <translation>暂无草稿。点击“新建信息”开始编写，输入内容随时自动保存。</translation>
        </message>
        <message>
            <source>Nothing is in review under this unit.</source>
            <translation>本单位暂无审核中的信息。</translation>
        </message>
        <message>
            <source>Nothing published under this unit yet.</source>
            <translation>本单位暂无已发布的信息。</translation>
        </message>
        <message>
            <source>Awaiting my review %1</source>
            <translation>待我审核 %1</translation>
        </message>
        <message>
            <source>My drafts %1</source>
            <translation>我的草稿 %1</translation>
        </message>
        <message>
            <source>In review %1</source>
            <translation>审核中 %1</translation>
        </message>
        <message>
            <source>“%1” was returned: %2 &lt;a href="notice:%3"&gt;Open&lt;/a&gt;</source>
            <translation>《%1》被退回修改：%2 &lt;a href="notice:%3"&gt;查看&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::OrgTreePanel</name>
        <message>
            <source>Organisation</source>
            <translation>组织机构</translation>
        </message>
        <message>
            <source>Search streets, communities…</source>
            <translation>搜索街道、社区…</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::PhotoStrip</name>
        <message>
            <source>Photo</source>
            <translation>图片</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::RuleSetEditor</name>
        <message>
            <source>Reply deadline (hours)</source>
            <translation>首次回复时限（小时）</translation>
        </message>
        <message>
            <source>A fan growth: maximum</source>
            <translation>A 净增粉丝：满分</translation>
        </message>
        <message>
            <source>A: communities in tier 1</source>
            <translation>A：第一档社区数</translation>
        </message>
        <message>
            <source>B1 notices published: maximum</source>
            <translation>B1 信息发布量：满分</translation>
        </message>
        <message>
            <source>B2 review quality: maximum</source>
            <translation>B2 信息质量：满分</translation>
        </message>
        <message>
            <source>B3 complaints: weights (replied in time, resolved, satisfied)</source>
            <translation>B3 意见办理：权重（及时回复、办结、满意）</translation>
        </message>
        <message>
            <source>C on-time reporting: maximum</source>
            <translation>C 按时报送：满分</translation>
        </message>
        <message>
            <source>C: deduction per missed task</source>
            <translation>C：每次漏报迟报扣分</translation>
        </message>
        <message>
            <source>Bonus: promotion event</source>
            <translation>加分：宣传推广活动</translation>
        </message>
        <message>
            <source>Bonus: each innovation</source>
            <translation>加分：每项创新经验</translation>
        </message>
        <message>
            <source>Bonus: innovations at most</source>
            <translation>加分：创新经验最多</translation>
        </message>
        <message>
            <source>Bonus: each service example</source>
            <translation>加分：每个服务案例</translation>
        </message>
        <message>
            <source>Bonus: service examples at most</source>
            <translation>加分：服务案例最多</translation>
        </message>
        <message>
            <source>News lead adopted by the district</source>
            <translation>新闻线索被区级采用</translation>
        </message>
        <message>
            <source>News lead adopted by the city</source>
            <translation>新闻线索被市级采用</translation>
        </message>
        <message>
            <source>News: approved leads needed</source>
            <translation>新闻线索：至少认可条数</translation>
        </message>
        <message>
            <source>News: at most</source>
            <translation>新闻线索：最多加分</translation>
        </message>
        <message>
            <source>Awards: minimum net fan growth</source>
            <translation>奖励：净增粉丝至少</translation>
        </message>
        <message>
            <source>Awards by place (yuan)</source>
            <translation>奖励：各名次金额（元）</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Saved by</source>
            <translation>保存人</translation>
        </message>
        <message>
            <source>Use this version</source>
            <translation>启用此版本</translation>
        </message>
        <message>
            <source>Quarters not yet published are scored with this version from now on.</source>
            <translation>此后尚未发布的季度按此版本计分。</translation>
        </message>
        <message>
            <source>Numbers separated by commas</source>
            <translation>用逗号分隔的数字</translation>
        </message>
        <message>
            <source>New version:</source>
            <translation>新版本名：</translation>
        </message>
        <message>
            <source>e.g. sujiatun-2027</source>
            <translation>例如 sujiatun-2027</translation>
        </message>
        <message>
            <source>Use it at once</source>
            <translation>保存后立即启用</translation>
        </message>
        <message>
            <source>Save as new version</source>
            <translation>另存为新版本</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <source>Select a district (or a unit in it) in the org tree.</source>
            <translation>请在组织机构中选择一个区（或区内单位）。</translation>
        </message>
        <message>
            <source>Rule sets of %1. Quarters not yet published are scored with %2; a published quarter keeps the version it was published with.</source>
            <translation>%1的评分规则。尚未发布的季度按 %2 计分；已发布的季度保留发布时的版本。</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>In use · built in</source>
            <translation>使用中 · 内置</translation>
        </message>
        <message>
            <source>%1: enter a value.</source>
            <translation>%1：请填写。</translation>
        </message>
        <message>
            <source>%1: enter three numbers.</source>
            <translation>%1：请填写三个数。</translation>
        </message>
        <message>
            <source>%1: “%2” is not a number.</source>
            <translation>%1：“%2”不是数字。</translation>
        </message>
        <message>
            <source>%1: must not be negative.</source>
            <translation>%1：不能为负数。</translation>
        </message>
        <message>
            <source>%1: must be a whole number.</source>
            <translation>%1：须为整数。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Name the new version in one word, e.g. sujiatun-2027.</source>
            <translation>请为新版本命名（不含空格），例如 sujiatun-2027。</translation>
        </message>
        <message>
            <source>Version %1 exists already; a saved version never changes. Choose another name.</source>
            <translation>版本 %1 已存在；已保存的版本不再改动，请换一个名称。</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::SettingsPage</name>
        <message>
            <source>preset for this computer by the administrator</source>
            <translation>由管理员为这台电脑预设</translation>
        </message>
        <message>
            <source>given on the command line for this run</source>
            <translation>本次运行由命令行指定</translation>
        </message>
        <message>
            <source>your setting</source>
            <translation>您的设置</translation>
        </message>
        <message>
            <source>default</source>
            <translation>默认值</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>Signed in:</source>
            <translation>登录方式：</translation>
        </message>
        <message>
            <source>remembered on this computer (in the system keychain)</source>
            <translation>已在这台电脑上记住（保存在系统密钥环中）</translation>
        </message>
        <message>
            <source>for this session only</source>
            <translation>仅本次使用</translation>
        </message>
        <message>
            <source>Also delete this account's local data (cache) from this computer</source>
            <translation>同时删除此账号在这台电脑上的本地数据（缓存）</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>服务器地址：</translation>
        </message>
        <message>
            <source>A new address takes effect the next time you sign in.</source>
            <translation>新地址在下次登录时生效。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Display language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <source>Restart CivicDesk to switch the language.</source>
            <translation>重启社区工作台后切换语言。</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>同步</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Sync every:</source>
            <translation>同步间隔：</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>立即同步（F5）</translation>
        </message>
        <message>
            <source>Local data</source>
            <translation>本地数据</translation>
        </message>
        <message>
            <source>Cache file:</source>
            <translation>缓存文件：</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>大小：</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>版本：</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>许可证：</translation>
        </message>
        <message>
            <source>GPL-3.0-or-later</source>
            <translation>GPL-3.0 或更高版本</translation>
        </message>
        <message>
            <source>Not saved: enter an address like https://civicdesk.example.gov.cn</source>
            <translation>未保存：请输入类似 https://civicdesk.example.gov.cn 的地址</translation>
        </message>
        <message>
            <source>Delete unsent changes?</source>
            <translation>删除未发送的更改？</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made on this computer have not reached the server yet. Deleting this computer's data for the account deletes them for good.</source>
            <translation>
                <numerusform>本机有 %n 项更改尚未发送到服务器。删除本机上该账号的数据会将它们永久删除。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete them and sign out</source>
            <translation>删除并退出登录</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::SyncProblemsDialog</name>
        <message>
            <source>Sync problems</source>
            <translation>同步问题</translation>
        </message>
        <message>
            <source>The server refused these changes. Your text is kept here until you retry it or discard it.</source>
            <translation>服务器拒绝了以下修改。您填写的内容会一直保留在这里，直到您重试或放弃。</translation>
        </message>
        <message>
            <source>Select a change to see your text in full.</source>
            <translation>选择一项修改即可查看您填写的完整内容。</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Copy my text</source>
            <translation>复制我的内容</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Edit and resend…</source>
            <translation>修改后重新提交…</translation>
        </message>
        <message>
            <source>Edit and resend: %1</source>
            <translation>修改后重新提交：%1</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>重新提交</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::SyncStatusBar</name>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>立即同步（F5）</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <source>Signed out by the server</source>
            <translation>已被服务器退出登录</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message numerus="yes">
            <source>Offline — retrying in %n s</source>
            <translation>
                <numerusform>离线 — %n 秒后重试</numerusform>
            </translation>
        </message>
        <message>
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>上次同步：%1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n 项修改待上传</numerusform>
            </translation>
        </message>
        <message>
            <source>All changes sent</source>
            <translation>修改已全部上传</translation>
        </message>
        <message numerus="yes">
            <source>%n sync problem(s)</source>
            <translation>
                <numerusform>%n 个同步问题</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>尚未连接</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::UnitsChart</name>
        <message>
            <source>No units below this one</source>
            <translation>没有下级单位</translation>
        </message>
        <message>
            <source>%1
Net growth: %2
Cumulative: %3
Households: %4 · Penetration: %5</source>
            <translation>%1
净增：%2
累计：%3
户数：%4 · 渗透率：%5</translation>
        </message>
        <message numerus="yes">
            <source>Other %n units</source>
            <translation>
                <numerusform>其他 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Penetration</source>
            <translation>渗透率</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>净增</translation>
        </message>
        <message>
            <source>Cumulative fans</source>
            <translation>累计粉丝</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::UpdateNotice</name>
        <message>
            <source>Not now</source>
            <translation>暂不更新</translation>
        </message>
        <message>
            <source>Do not remind me of this version again</source>
            <translation>不再提醒此版本</translation>
        </message>
        <message>
            <source>click to download</source>
            <translation>点击下载</translation>
        </message>
        <message>
            <source>A new version %1 is available, %2</source>
            <translation>有新版本 %1 可用，%2</translation>
        </message>
    </context>
</TS>
