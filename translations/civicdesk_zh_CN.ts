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
    </context>
    <context>
        <name>civic::ui::AssessmentPage</name>
        <message>
            <source>The district's quarterly assessment will appear here: every community's scores, the ranking, the award list and the circular.</source>
            <translation>这里将显示区里的季度考核：各社区得分、排名、奖励名单和考核通报。</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>季度考核</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintsPage</name>
        <message>
            <source>Complaints</source>
            <translation>意见箱</translation>
        </message>
        <message>
            <source>Residents' problems from the WeChat suggestion box, photo reports, phone calls and walk-ins will be handled here: a reply within 24 hours, escalation one level at a time, transfer to functional departments, resolution and satisfaction follow-up.</source>
            <translation>居民通过微信意见箱、随手拍、电话和来访反映的问题将在这里办理：24 小时内回应、逐级上报、转办职能部门、办结和满意度回访。</translation>
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
        <name>civic::ui::FansPage</name>
        <message>
            <source>Fan growth</source>
            <translation>粉丝统计</translation>
        </message>
        <message>
            <source>Follower figures of the community official accounts will be charted here: cumulative fans, net growth by week, month and quarter, units side by side, and penetration of households.</source>
            <translation>这里将以图表展示各社区公众号的粉丝数据：累计粉丝、按周/月/季度的净增、各单位对比以及户数覆盖率。</translation>
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
        <name>civic::ui::NoticesPage</name>
        <message>
            <source>Notices</source>
            <translation>信息发布</translation>
        </message>
        <message>
            <source>Draft notices here, send them through the director's first review and the street's second review, and see everything published.</source>
            <translation>在这里起草信息，提交主任一审、街道二审，并查看已发布的全部信息。</translation>
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
</TS>
