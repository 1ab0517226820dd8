<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gridcarbon::Properties</name>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Base voltage</source>
        <translation>基准电压</translation>
    </message>
    <message>
        <source>Minimum voltage</source>
        <translation>电压下限</translation>
    </message>
    <message>
        <source>Maximum voltage</source>
        <translation>电压上限</translation>
    </message>
    <message>
        <source>Shunt conductance</source>
        <translation>并联电导</translation>
    </message>
    <message>
        <source>Shunt susceptance</source>
        <translation>并联电纳</translation>
    </message>
    <message>
        <source>From bus</source>
        <translation>首端母线</translation>
    </message>
    <message>
        <source>To bus</source>
        <translation>末端母线</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>电阻</translation>
    </message>
    <message>
        <source>Reactance</source>
        <translation>电抗</translation>
    </message>
    <message>
        <source>Charging susceptance</source>
        <translation>充电电纳</translation>
    </message>
    <message>
        <source>Tap ratio</source>
        <translation>变比</translation>
    </message>
    <message>
        <source>Phase shift</source>
        <translation>移相角</translation>
    </message>
    <message>
        <source>Rating (0: unlimited)</source>
        <translation>额定容量（0：不限）</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>投运</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>母线</translation>
    </message>
    <message>
        <source>Peak active power</source>
        <translation>峰值有功功率</translation>
    </message>
    <message>
        <source>Peak reactive power</source>
        <translation>峰值无功功率</translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation>负荷曲线</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制方式</translation>
    </message>
    <message>
        <source>Active power</source>
        <translation>有功功率</translation>
    </message>
    <message>
        <source>Reactive power</source>
        <translation>无功功率</translation>
    </message>
    <message>
        <source>Voltage set point</source>
        <translation>电压设定值</translation>
    </message>
    <message>
        <source>Angle reference</source>
        <translation>参考相角</translation>
    </message>
    <message>
        <source>Minimum active power</source>
        <translation>有功功率下限</translation>
    </message>
    <message>
        <source>Maximum active power</source>
        <translation>有功功率上限</translation>
    </message>
    <message>
        <source>Minimum reactive power</source>
        <translation>无功功率下限</translation>
    </message>
    <message>
        <source>Maximum reactive power</source>
        <translation>无功功率上限</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>碳排放强度</translation>
    </message>
    <message>
        <source>No-load emission</source>
        <translation>空载排放</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>电量成本</translation>
    </message>
    <message>
        <source>Quadratic cost</source>
        <translation>二次成本系数</translation>
    </message>
    <message>
        <source>Ramp limit (0: none)</source>
        <translation>爬坡限制（0：无）</translation>
    </message>
    <message>
        <source>Availability profile</source>
        <translation>出力曲线</translation>
    </message>
    <message>
        <source>Planning candidate</source>
        <translation>规划候选</translation>
    </message>
    <message>
        <source>Largest candidate capacity</source>
        <translation>候选容量上限</translation>
    </message>
    <message>
        <source>Energy capacity</source>
        <translation>储能容量</translation>
    </message>
    <message>
        <source>Power limit</source>
        <translation>功率上限</translation>
    </message>
    <message>
        <source>Minimum state of charge</source>
        <translation>最小荷电状态</translation>
    </message>
    <message>
        <source>Maximum state of charge</source>
        <translation>最大荷电状态</translation>
    </message>
    <message>
        <source>Initial state of charge</source>
        <translation>初始荷电状态</translation>
    </message>
    <message>
        <source>Charging efficiency</source>
        <translation>充电效率</translation>
    </message>
    <message>
        <source>Discharging efficiency</source>
        <translation>放电效率</translation>
    </message>
    <message>
        <source>Power (discharging &gt; 0)</source>
        <translation>功率（放电为正）</translation>
    </message>
    <message>
        <source>Carbon intensity of stored energy (empty: from grid)</source>
        <translation>储存电量的碳强度（空：取电网）</translation>
    </message>
    <message>
        <source>Largest candidate power</source>
        <translation>候选功率上限</translation>
    </message>
    <message>
        <source>Candidate energy-to-power ratio</source>
        <translation>候选能量功率比</translation>
    </message>
    <message>
        <source>Compensation layer</source>
        <translation>补偿层</translation>
    </message>
    <message>
        <source>Rating of one step</source>
        <translation>单组容量</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>分组数</translation>
    </message>
    <message>
        <source>Steps switched on</source>
        <translation>投入组数</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>线路型号</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui</name>
    <message>
        <source>Grid connection</source>
        <translation>电网接入</translation>
    </message>
    <message>
        <source>Thermal unit</source>
        <translation>火电机组</translation>
    </message>
    <message>
        <source>Wind turbine (WT)</source>
        <translation>风电 (WT)</translation>
    </message>
    <message>
        <source>Photovoltaic (PV)</source>
        <translation>光伏 (PV)</translation>
    </message>
    <message>
        <source>Small hydro (HT)</source>
        <translation>小水电 (HT)</translation>
    </message>
    <message>
        <source>Micro-turbine (MT)</source>
        <translation>微型燃气轮机 (MT)</translation>
    </message>
    <message>
        <source>Energy storage (ES)</source>
        <translation>储能 (ES)</translation>
    </message>
    <message>
        <source>Capacitor</source>
        <translation>电容器</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>user layer</source>
        <translation>用户层</translation>
    </message>
    <message>
        <source>distribution station area layer</source>
        <translation>台区层</translation>
    </message>
    <message>
        <source>line layer</source>
        <translation>线路层</translation>
    </message>
    <message>
        <source>substation layer</source>
        <translation>变电站层</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Operating region (demo)</source>
        <translation>运行域（演示）</translation>
    </message>
    <message>
        <source>Output limits, carbon cap, minimum supply and ramp couplings of three units</source>
        <translation>三台机组的出力上下限、碳排放上限、最小供电量与爬坡耦合约束</translation>
    </message>
    <message>
        <source>%1: the drawing is too large for a PNG at this resolution (%2 × %3 pixels)</source>
        <translation>%1：图形过大，无法以此分辨率导出 PNG（%2 × %3 像素）</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file (%2)</source>
        <translation>%1：无法写入 PNG 文件（%2）</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file (%2)</source>
        <translation>%1：无法写入 SVG 文件（%2）</translation>
    </message>
    <message>
        <source>Feeder diagram exported by GridCarbon</source>
        <translation>由 GridCarbon 导出的馈线图</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file (%2)</source>
        <translation>%1：无法写入 PDF 文件（%2）</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1：无法写入 PDF 文件</translation>
    </message>
    <message>
        <source>%1: unknown figure format (use .png, .svg or .pdf)</source>
        <translation>%1：未知的图形格式（请使用 .png、.svg 或 .pdf）</translation>
    </message>
    <message>
        <source>%1: there is no drawing to export</source>
        <translation>%1：没有可导出的图形</translation>
    </message>
    <message>
        <source>--select: the case has no element &apos;%1&apos;</source>
        <translation>--select：算例中没有元件“%1”</translation>
    </message>
    <message>
        <source>Operating region section exported by GridCarbon</source>
        <translation>GridCarbon 导出的运行域截面</translation>
    </message>
    <message>
        <source>%1, cap %2 t, day %3</source>
        <translation>%1，碳限额 %2 t，典型日 %3</translation>
    </message>
    <message>
        <source>, hour %1</source>
        <translation>，第 %1 小时</translation>
    </message>
    <message>
        <source>Adaptive (inner and outer bounds)</source>
        <translation>自适应（内、外边界）</translation>
    </message>
    <message>
        <source>SCBA (boundary grid, cutting planes)</source>
        <translation>SCBA（边界网格，割平面）</translation>
    </message>
    <message>
        <source>HBA (DC hyperplanes)</source>
        <translation>HBA（直流超平面）</translation>
    </message>
    <message>
        <source>CHBA (AC convex hull)</source>
        <translation>CHBA（交流凸包）</translation>
    </message>
    <message>
        <source>Operating region</source>
        <translation>运行域</translation>
    </message>
    <message>
        <source>%1; area %2 MW²</source>
        <translation>%1；面积 %2 MW²</translation>
    </message>
    <message>
        <source>; reference %1 MW²</source>
        <translation>；参考 %1 MW²</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>运行域：%1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>运行域</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考：%1</translation>
    </message>
    <message>
        <source>Base point inside, margin %1 MW</source>
        <translation>基准点在域内，裕度 %1 MW</translation>
    </message>
    <message>
        <source>Base point outside, margin %1 MW</source>
        <translation>基准点在域外，裕度 %1 MW</translation>
    </message>
    <message>
        <source>Section at %1 = %2 MW</source>
        <translation>截面 %1 = %2 MW</translation>
    </message>
    <message>
        <source>the plane misses the region</source>
        <translation>截平面与运行域不相交</translation>
    </message>
    <message>
        <source>area %1 MW²</source>
        <translation>面积 %1 MW²</translation>
    </message>
    <message>
        <source>; the plane misses the reference</source>
        <translation>；截平面与参考运行域不相交</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>截面：%1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>截面</translation>
    </message>
    <message>
        <source>Reference section: %1</source>
        <translation>参考截面：%1</translation>
    </message>
    <message>
        <source>The region seen along %1</source>
        <translation>沿 %1 方向的运行域投影</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <source>The size of the region (eq 22)</source>
        <translation>运行域的大小（式 22）</translation>
    </message>
    <message>
        <source>Base point margin</source>
        <translation>基准点裕度</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>域内</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>域外</translation>
    </message>
    <message>
        <source>Distance of the base operating point to the region&apos;s boundary: positive inside (eq 21)</source>
        <translation>基准运行点到运行域边界的距离：域内为正（式 21）</translation>
    </message>
    <message>
        <source>Chords perpendicular to %1 (eq 23)</source>
        <translation>垂直于 %1 的弦（式 23）</translation>
    </message>
    <message>
        <source>Sections perpendicular to %1 (eq 23)</source>
        <translation>垂直于 %1 的截面（式 23）</translation>
    </message>
    <message>
        <source>Min chord across %1</source>
        <translation>%1 方向最小弦长</translation>
    </message>
    <message>
        <source>Min section across %1</source>
        <translation>%1 方向最小截面积</translation>
    </message>
    <message>
        <source>Max chord across %1</source>
        <translation>%1 方向最大弦长</translation>
    </message>
    <message>
        <source>Max section across %1</source>
        <translation>%1 方向最大截面积</translation>
    </message>
    <message>
        <source>; the largest at %1 = %2 MW</source>
        <translation>；最大值位于 %1 = %2 MW</translation>
    </message>
    <message>
        <source>Coupling factor %1–%2</source>
        <translation>耦合系数 %1–%2</translation>
    </message>
    <message>
        <source>1 when the two loads are decoupled (eq 24)</source>
        <translation>两负荷解耦时为 1（式 24）</translation>
    </message>
    <message>
        <source>Average change rate %1</source>
        <translation>平均变化率 %1</translation>
    </message>
    <message>
        <source>How fast the sections change along the axis (eq 25)</source>
        <translation>截面沿该轴变化的快慢（式 25）</translation>
    </message>
    <message>
        <source>Equilibrium degree</source>
        <translation>均衡度</translation>
    </message>
    <message>
        <source>How evenly the region extends along its axes, in [0, 1] (eq 26)</source>
        <translation>运行域沿各轴延伸的均衡程度，取值 [0, 1]（式 26）</translation>
    </message>
    <message>
        <source>Inscribed ball radius</source>
        <translation>内切球半径</translation>
    </message>
    <message>
        <source>The largest ball inside the region</source>
        <translation>运行域内最大的球</translation>
    </message>
    <message>
        <source>Outer bound&apos;s area</source>
        <translation>外边界面积</translation>
    </message>
    <message>
        <source>Outer bound&apos;s volume</source>
        <translation>外边界体积</translation>
    </message>
    <message>
        <source>The region lies between the inner bound (the region shown) and the outer bound</source>
        <translation>运行域位于内边界（所示运行域）与外边界之间</translation>
    </message>
    <message>
        <source>Certified gap</source>
        <translation>已证间隙</translation>
    </message>
    <message>
        <source>The largest distance between the bounds, in % of the axis ranges</source>
        <translation>内外边界间的最大距离，以各轴范围的百分比表示</translation>
    </message>
    <message>
        <source>Boundary problems</source>
        <translation>边界问题数</translation>
    </message>
    <message>
        <source>Support problems solved on the relaxed model</source>
        <translation>在松弛模型上求解的支撑问题</translation>
    </message>
    <message>
        <source>Oracle calls</source>
        <translation>精确校验次数</translation>
    </message>
    <message>
        <source>Checks of points with the exact AC model</source>
        <translation>用精确交流模型校验点的次数</translation>
    </message>
    <message>
        <source>LP solves</source>
        <translation>线性规划求解次数</translation>
    </message>
    <message>
        <source>Simplex solves of all problems together</source>
        <translation>所有问题的单纯形求解总次数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Building the region, without the indices</source>
        <translation>构建运行域的用时，不含指标计算</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected one of: %2)</source>
        <translation>未知的视图“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>--%1 is not an option of any view</source>
        <translation>--%1 不是任何视图的选项</translation>
    </message>
    <message>
        <source>--%1 needs --view %2 (not %3)</source>
        <translation>--%1 需要 --view %2（而不是 %3）</translation>
    </message>
    <message>
        <source>Buses</source>
        <translation>母线</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>母线</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>碳势</translation>
    </message>
    <message>
        <source>t/MWh</source>
        <translation>t/MWh</translation>
    </message>
    <message>
        <source>Vm</source>
        <translation>电压幅值</translation>
    </message>
    <message>
        <source>p.u.</source>
        <translation>p.u.</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Load emission</source>
        <translation>负荷碳排放</translation>
    </message>
    <message>
        <source>kg/h</source>
        <translation>kg/h</translation>
    </message>
    <message>
        <source>Intensity from</source>
        <translation>碳势来源</translation>
    </message>
    <message>
        <source>inflows</source>
        <translation>流入支路</translation>
    </message>
    <message>
        <source>feeding bus (no through-flow)</source>
        <translation>供电母线（无穿越功率）</translation>
    </message>
    <message>
        <source>not energised</source>
        <translation>未带电</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>支路</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支路</translation>
    </message>
    <message>
        <source>From</source>
        <translation>首端</translation>
    </message>
    <message>
        <source>To</source>
        <translation>末端</translation>
    </message>
    <message>
        <source>Sending bus</source>
        <translation>送端母线</translation>
    </message>
    <message>
        <source>P sending</source>
        <translation>送端有功</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>碳流密度</translation>
    </message>
    <message>
        <source>Carbon flow</source>
        <translation>碳流</translation>
    </message>
    <message>
        <source>Loss emission</source>
        <translation>网损碳排放</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>机组</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>机组</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Emission</source>
        <translation>碳排放</translation>
    </message>
    <message>
        <source>Va</source>
        <translation>电压相角</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>energised</source>
        <translation>带电</translation>
    </message>
    <message>
        <source>P from</source>
        <translation>首端 P</translation>
    </message>
    <message>
        <source>Q from</source>
        <translation>首端 Q</translation>
    </message>
    <message>
        <source>MVAr</source>
        <translation>MVAr</translation>
    </message>
    <message>
        <source>P to</source>
        <translation>末端 P</translation>
    </message>
    <message>
        <source>Q to</source>
        <translation>末端 Q</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损耗</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>kvar</source>
        <translation>kvar</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>负载率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::AddBranchTool</name>
    <message>
        <source>Press on a bus and drag to another bus to add a branch.</source>
        <translation>在一条母线上按下并拖到另一条母线，即可添加支路。</translation>
    </message>
    <message>
        <source>No branch added: release the mouse over another bus.</source>
        <translation>未添加支路：请在另一条母线上松开鼠标。</translation>
    </message>
    <message>
        <source>Added branch %1 between buses %2 and %3.</source>
        <translation>已在母线 %2 与 %3 之间添加支路 %1。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::AddBusTool</name>
    <message>
        <source>Click on empty canvas to add a bus.</source>
        <translation>在画布空白处单击即可添加母线。</translation>
    </message>
    <message>
        <source>Added bus %1.</source>
        <translation>已添加母线 %1。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::BranchItem</name>
    <message>
        <source>Transformer %1</source>
        <translation>变压器 %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>线路 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>投运</translation>
    </message>
    <message>
        <source>open</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>%1 p.u.</source>
        <translation>%1 p.u.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>变比</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>线路型号</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::BusItem</name>
    <message>
        <source>Bus %1</source>
        <translation>母线 %1</translation>
    </message>
    <message>
        <source>Base voltage</source>
        <translation>基准电压</translation>
    </message>
    <message>
        <source>%1 kV</source>
        <translation>%1 kV</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::CanvasTools</name>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>Select elements: click, Ctrl+click, or drag a rectangle; drag buses to move them</source>
        <translation>选择元件：单击、Ctrl+单击或拖出矩形框；拖动母线可移动其位置</translation>
    </message>
    <message>
        <source>Add &amp;Bus</source>
        <translation>添加母线(&amp;B)</translation>
    </message>
    <message>
        <source>Add buses: click on empty canvas (Alt: off the grid)</source>
        <translation>添加母线：在画布空白处单击（按住 Alt：不对齐网格）</translation>
    </message>
    <message>
        <source>Add B&amp;ranch</source>
        <translation>添加支路(&amp;R)</translation>
    </message>
    <message>
        <source>Add branches: drag from one bus to another</source>
        <translation>添加支路：从一条母线拖到另一条母线</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected elements; deleting a bus deletes its branches and devices</source>
        <translation>删除所选元件；删除母线时同时删除其支路和设备</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <source>Lay the feeder out as a tree from its sources (one undo step)</source>
        <translation>从电源出发将馈线按树形自动布局（可一步撤销）</translation>
    </message>
    <message>
        <source>Select one bus to add the device to, or drag the device onto a bus.</source>
        <translation>请选择一条母线以添加设备，或将设备拖到母线上。</translation>
    </message>
    <message>
        <source>Added %1 at bus %2.</source>
        <translation>已在母线 %2 添加%1。</translation>
    </message>
    <message>
        <source>No device added: drop the device onto a bus.</source>
        <translation>未添加设备：请将设备放到母线上。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::CapacitorLayerFilter</name>
    <message>
        <source>&amp;User (U)</source>
        <translation>用户层 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Distribution Station Area (DA)</source>
        <translation>台区层 (&amp;DA)</translation>
    </message>
    <message>
        <source>&amp;Line (L)</source>
        <translation>线路层 (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Substation (S)</source>
        <translation>变电站层 (&amp;S)</translation>
    </message>
    <message>
        <source>Show the capacitors of this compensation layer</source>
        <translation>显示该补偿层的电容器</translation>
    </message>
    <message>
        <source>&amp;Capacitor Layers</source>
        <translation>电容器补偿层(&amp;C)</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::CarbonController</name>
    <message>
        <source>Nodal carbon intensity — %1</source>
        <translation>节点碳势 — %1</translation>
    </message>
    <message>
        <source>Running the carbon emission flow…</source>
        <translation>正在计算碳排放流…</translation>
    </message>
    <message>
        <source>The carbon emission flow was cancelled.</source>
        <translation>碳排放流计算已取消。</translation>
    </message>
    <message>
        <source>&amp;Carbon View</source>
        <translation>碳流视图(&amp;C)</translation>
    </message>
    <message>
        <source>Colour the buses by nodal carbon intensity and draw the carbon flows of the branches</source>
        <translation>按节点碳势为母线着色，并绘制各支路的碳流</translation>
    </message>
    <message>
        <source>Run &amp;Carbon Emission Flow</source>
        <translation>计算碳排放流(&amp;C)</translation>
    </message>
    <message>
        <source>Trace the carbon emission flow of the case (of every hour of the chosen typical day) on a worker thread</source>
        <translation>在后台线程中追踪算例的碳排放流（所选典型日的每个小时）</translation>
    </message>
    <message>
        <source>Carbon Flow &amp;Method</source>
        <translation>碳流计算方法(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;AC, with losses</source>
        <translation>交流，计及网损(&amp;A)</translation>
    </message>
    <message>
        <source>AC power flows; branch losses emit at their sending bus&apos;s intensity</source>
        <translation>交流潮流；支路网损按其送端母线的碳势计算排放</translation>
    </message>
    <message>
        <source>&amp;DC, lossless</source>
        <translation>直流，忽略网损(&amp;D)</translation>
    </message>
    <message>
        <source>Lossless DC power flows (Kang et al.)</source>
        <translation>忽略网损的直流潮流（Kang 等）</translation>
    </message>
    <message>
        <source>Carbon Emission Flow</source>
        <translation>碳排放流</translation>
    </message>
    <message>
        <source>the carbon emission flow did not finish within %1 s</source>
        <translation>碳排放流计算未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>the carbon emission flow was cancelled</source>
        <translation>碳排放流计算已取消</translation>
    </message>
    <message>
        <source>Carbon emission flow</source>
        <translation>碳排放流</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Carbon &amp;Intensities…</source>
        <translation>机组碳排放强度(&amp;I)…</translation>
    </message>
    <message>
        <source>Set the carbon intensity of every generating unit, with typical values by fuel</source>
        <translation>设置每台机组的碳排放强度，可按燃料取典型值</translation>
    </message>
    <message>
        <source>Case &apos;%1&apos; has no carbon data: set the units&apos; carbon intensities with Study ▸ Carbon Intensities…</source>
        <translation>算例“%1”没有碳排放数据：请用 分析 ▸ 机组碳排放强度… 设置各机组的碳排放强度</translation>
    </message>
    <message>
        <source>No carbon data: every unit&apos;s carbon intensity is 0</source>
        <translation>无碳排放数据：所有机组的碳排放强度均为 0</translation>
    </message>
    <message>
        <source>no carbon data</source>
        <translation>无碳排放数据</translation>
    </message>
    <message>
        <source>No unit of this case has a carbon intensity (a case imported from MATPOWER has none), so every bus would show 0. &lt;a href=&quot;intensities&quot;&gt;Set the carbon intensities…&lt;/a&gt; (Study ▸ Carbon Intensities…)</source>
        <translation>该算例没有任何机组设置了碳排放强度（由 MATPOWER 导入的算例都没有），各母线碳势都将为 0。&lt;a href=&quot;intensities&quot;&gt;设置碳排放强度…&lt;/a&gt;（分析 ▸ 机组碳排放强度…）</translation>
    </message>
    <message>
        <source>Set Carbon Intensities</source>
        <translation>设置机组碳排放强度</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::CarbonDayCharts</name>
    <message>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Unit outputs</source>
        <translation>机组出力</translation>
    </message>
    <message>
        <source>Stored energy</source>
        <translation>储能电量</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>网损</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>碳排放</translation>
    </message>
    <message>
        <source>t/h</source>
        <translation>t/h</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <source>p.u.</source>
        <translation>p.u.</translation>
    </message>
    <message>
        <source>choose a typical day on the toolbar</source>
        <translation>请在工具栏选择典型日</translation>
    </message>
    <message>
        <source>a single period; choose a typical day on the toolbar</source>
        <translation>单一时段；请在工具栏选择典型日</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>发电排放</translation>
    </message>
    <message>
        <source>Brought to loads</source>
        <translation>负荷承担</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>网损排放</translation>
    </message>
    <message>
        <source>no storage</source>
        <translation>无储能</translation>
    </message>
    <message>
        <source>Bus %1</source>
        <translation>母线 %1</translation>
    </message>
    <message>
        <source>Voltage at bus %1, lowest now (p.u.)</source>
        <translation>母线 %1 电压，当前最低 (p.u.)</translation>
    </message>
    <message>
        <source>Voltage at bus %1 (p.u.)</source>
        <translation>母线 %1 电压 (p.u.)</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::CarbonFlowStudy</name>
    <message>
        <source>Carbon emission flow</source>
        <translation>碳排放流</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::CarbonIntensitiesDialog</name>
    <message>
        <source>Carbon Intensities</source>
        <translation>机组碳排放强度</translation>
    </message>
    <message>
        <source>The carbon emission of each generating unit per MWh it supplies. The carbon emission flow traces these to every bus; a case imported from MATPOWER has none.</source>
        <translation>每台机组每供出 1 MWh 电能的碳排放。碳排放流据此追踪到每条母线；由 MATPOWER 导入的算例没有这些数据。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>机组</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>母线</translation>
    </message>
    <message>
        <source>Intensity (t/MWh)</source>
        <translation>碳排放强度 (t/MWh)</translation>
    </message>
    <message>
        <source>&amp;Typical Values</source>
        <translation>典型值(&amp;T)</translation>
    </message>
    <message>
        <source>Coal 0.875, gas 0.52 (micro-turbine 0.55), oil 0.75, the grid 0.58 t/MWh (China&apos;s national average); wind, solar, hydro, nuclear and biomass 0</source>
        <translation>燃煤 0.875、燃气 0.52（微型燃气轮机 0.55）、燃油 0.75、电网 0.58 t/MWh（全国电网平均）；风电、光伏、水电、核电和生物质为 0</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::CarbonIntensityChart</name>
    <message>
        <source>Carbon intensity</source>
        <translation>节点碳势</translation>
    </message>
    <message>
        <source>Bus %1: %2 t/MWh</source>
        <translation>母线 %1：%2 t/MWh</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>母线</translation>
    </message>
    <message>
        <source>t/MWh</source>
        <translation>t/MWh</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::CarbonPanel</name>
    <message>
        <source>Hour</source>
        <translation>当前小时</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>全天</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::CarbonPresenter</name>
    <message>
        <source>No carbon emission flow result</source>
        <translation>无碳排放流结果</translation>
    </message>
    <message>
        <source>DC, lossless</source>
        <translation>直流，忽略网损</translation>
    </message>
    <message>
        <source>AC, with losses</source>
        <translation>交流，计及网损</translation>
    </message>
    <message>
        <source>base values</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>%1, hour %2</source>
        <translation>%1，第 %2 小时</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation>%1，%2:00–%3:00</translation>
    </message>
    <message>
        <source>Day &lt;b&gt;%1&lt;/b&gt;, %2 hourly power flows (%3): generation %4 t, load %5 t, losses %6 t, carbon held in storage %7 t → %8 t.</source>
        <translation>典型日 &lt;b&gt;%1&lt;/b&gt;，%2 次逐时潮流（%3）：发电 %4 t，负荷 %5 t，网损 %6 t，储能所存碳 %7 t → %8 t。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): generation %3 t/h, load %4 t/h, losses %5 t/h.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）：发电 %3 t/h，负荷 %4 t/h，网损 %5 t/h。</translation>
    </message>
    <message>
        <source>Running the carbon emission flow…</source>
        <translation>正在计算碳排放流…</translation>
    </message>
    <message>
        <source>The carbon emission flow has no period</source>
        <translation>碳排放流没有时段</translation>
    </message>
    <message>
        <source>No energised bus (%1)</source>
        <translation>没有带电母线（%1）</translation>
    </message>
    <message>
        <source>Line width: carbon flow, widest %1 t/h</source>
        <translation>线宽：碳流，最宽 %1 t/h</translation>
    </message>
    <message>
        <source>Arrows: direction of the carbon flow</source>
        <translation>箭头：碳流方向</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Carbon emission flow (%1, %2): generation %3 t/h, load %4 t/h, losses %5 t/h</source>
        <translation>碳排放流（%1，%2）：发电 %3 t/h，负荷 %4 t/h，网损 %5 t/h</translation>
    </message>
    <message>
        <source>, storage in %1 / out %2 t/h</source>
        <translation>，储能充入 %1 / 放出 %2 t/h</translation>
    </message>
    <message>
        <source>The carbon emission flow failed</source>
        <translation>碳排放流计算失败</translation>
    </message>
    <message>
        <source>Carbon emission flow</source>
        <translation>碳排放流</translation>
    </message>
    <message>
        <source>The carbon emission flow failed: %1</source>
        <translation>碳排放流计算失败：%1</translation>
    </message>
    <message>
        <source>The carbon emission flow was cancelled</source>
        <translation>碳排放流计算已取消</translation>
    </message>
    <message>
        <source>The carbon emission flow was cancelled.</source>
        <translation>碳排放流计算已取消。</translation>
    </message>
    <message>
        <source>Nodal carbon intensity (t/MWh)</source>
        <translation>节点碳势 (t/MWh)</translation>
    </message>
    <message>
        <source>t/MWh</source>
        <translation>t/MWh</translation>
    </message>
    <message>
        <source>off</source>
        <translation>失电</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>节点碳势</translation>
    </message>
    <message>
        <source>%1 t/MWh</source>
        <translation>%1 t/MWh</translation>
    </message>
    <message>
        <source>none (not energised)</source>
        <translation>无（未带电）</translation>
    </message>
    <message>
        <source>(no through-flow: that of its feeding bus)</source>
        <translation>（无有功通量：取其供电母线的碳势）</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Load emission</source>
        <translation>负荷碳排放</translation>
    </message>
    <message>
        <source>%1 t/h</source>
        <translation>%1 t/h</translation>
    </message>
    <message>
        <source>Through-flow</source>
        <translation>有功通量</translation>
    </message>
    <message>
        <source>Carbon flow</source>
        <translation>碳流</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Carbon flows</source>
        <translation>碳流方向</translation>
    </message>
    <message>
        <source>Carbon flow density</source>
        <translation>碳流密度</translation>
    </message>
    <message>
        <source>Carbon flow at %1</source>
        <translation>%1 端碳流</translation>
    </message>
    <message>
        <source>Loss emission</source>
        <translation>网损碳排放</translation>
    </message>
    <message>
        <source>hour %1 was not solved</source>
        <translation>第 %1 小时未求解</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hour %1 was not solved&lt;/b&gt;; the totals leave it out (see the Log).</source>
        <translation>&lt;b&gt;第 %1 小时未求解&lt;/b&gt;；合计中不含该小时（见日志）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hours %1 were not solved&lt;/b&gt;; the totals leave them out (see the Log).</source>
        <translation>&lt;b&gt;第 %1 小时未求解&lt;/b&gt;；合计中不含这些小时（见日志）。</translation>
    </message>
    <message>
        <source>No carbon emission flow for %1: %2</source>
        <translation>%1 没有碳排放流：%2</translation>
    </message>
    <message>
        <source>Carbon emission flow at %1 (%2)</source>
        <translation>%1 的碳排放流（%2）</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::DevicePalette</name>
    <message>
        <source>Capacitor (user)</source>
        <translation>电容器（用户层）</translation>
    </message>
    <message>
        <source>Capacitor (station area)</source>
        <translation>电容器（台区层）</translation>
    </message>
    <message>
        <source>Capacitor (line)</source>
        <translation>电容器（线路层）</translation>
    </message>
    <message>
        <source>Capacitor (substation)</source>
        <translation>电容器（变电站层）</translation>
    </message>
    <message>
        <source>Drag a device onto a bus, or select a bus and double-click a device.</source>
        <translation>将设备拖到母线上，或先选择母线再双击设备。</translation>
    </message>
    <message>
        <source>Capacitor of the %1</source>
        <translation>%1电容器</translation>
    </message>
    <message>
        <source>%1: drag onto a bus, or select a bus and double-click here</source>
        <translation>%1：拖到母线上，或先选择母线再双击此处</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>电源</translation>
    </message>
    <message>
        <source>Demand and storage</source>
        <translation>负荷与储能</translation>
    </message>
    <message>
        <source>Reactive compensation</source>
        <translation>无功补偿</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::EditElementCommand</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>设置 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::FeederDocument</name>
    <message>
        <source>%1: unknown error while reading the case</source>
        <translation>%1：读取算例时发生未知错误</translation>
    </message>
    <message>
        <source>%1: unknown error while writing the case</source>
        <translation>%1：写入算例时发生未知错误</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1: GridCarbon saves cases as .json; MATPOWER files are only imported</source>
        <translation>%1：GridCarbon 以 .json 格式保存算例；MATPOWER 文件只能导入</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::FeederEditor</name>
    <message>
        <source>Add bus %1</source>
        <translation>添加母线 %1</translation>
    </message>
    <message>
        <source>No branch added: there is no bus &apos;%1&apos;.</source>
        <translation>未添加支路：不存在母线“%1”。</translation>
    </message>
    <message>
        <source>No branch added: a branch needs two different buses (both ends are on bus &apos;%1&apos;).</source>
        <translation>未添加支路：支路需要两条不同的母线（两端均为母线“%1”）。</translation>
    </message>
    <message>
        <source>Add branch %1 (%2 – %3)</source>
        <translation>添加支路 %1（%2 – %3）</translation>
    </message>
    <message>
        <source>No device added: there is no bus &apos;%1&apos;.</source>
        <translation>未添加设备：不存在母线“%1”。</translation>
    </message>
    <message>
        <source>Add %1 at bus %2</source>
        <translation>在母线 %2 添加%1</translation>
    </message>
    <message>
        <source>Nothing changed: &apos;%1&apos; is no longer in the case.</source>
        <translation>未作更改：“%1”已不在算例中。</translation>
    </message>
    <message>
        <source>No layout: %1</source>
        <translation>无法布局：%1</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>未作修改：%1</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::FeederScene</name>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制方式</translation>
    </message>
    <message>
        <source>slack, %1 p.u.</source>
        <translation>平衡节点，%1 p.u.</translation>
    </message>
    <message>
        <source>voltage, %1 p.u.</source>
        <translation>定电压，%1 p.u.</translation>
    </message>
    <message>
        <source>P set</source>
        <translation>P 设定值</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Q set</source>
        <translation>Q 设定值</translation>
    </message>
    <message>
        <source>%1 MVAr</source>
        <translation>%1 MVAr</translation>
    </message>
    <message>
        <source>P max</source>
        <translation>P 上限</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>碳排放强度</translation>
    </message>
    <message>
        <source>%1 t/MWh</source>
        <translation>%1 t/MWh</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>candidate, up to %1 MW</source>
        <translation>候选，最大 %1 MW</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>退出运行</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <source>Power limit</source>
        <translation>功率上限</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>%1 MW (positive: discharging)</source>
        <translation>%1 MW（正值：放电）</translation>
    </message>
    <message>
        <source>SOC range</source>
        <translation>SOC 范围</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>补偿层</translation>
    </message>
    <message>
        <source>Steps on</source>
        <translation>投入组数</translation>
    </message>
    <message>
        <source>%1 of %2 × %3 MVAr</source>
        <translation>%1 / %2 × %3 MVAr</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>曲线</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::FileActions</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty feeder</source>
        <translation>新建空白馈线</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a GridCarbon case or a MATPOWER file</source>
        <translation>打开 GridCarbon 算例或 MATPOWER 文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the case as a GridCarbon .json file</source>
        <translation>将算例保存为 GridCarbon .json 文件</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>导出图形(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the feeder drawing to a PNG, SVG or PDF file</source>
        <translation>将馈线图写入 PNG、SVG 或 PDF 文件</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>New feeder: add buses with the bus tool, or drop a device from the palette.</source>
        <translation>新馈线：用母线工具添加母线，或从元件面板拖入设备。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开算例</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>打开算例</translation>
    </message>
    <message>
        <source>All cases (*.json *.m);;GridCarbon cases (*.json);;MATPOWER cases (*.m);;All files (*)</source>
        <translation>所有算例 (*.json *.m);;GridCarbon 算例 (*.json);;MATPOWER 算例 (*.m);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>保存算例</translation>
    </message>
    <message>
        <source>The case has no file yet: use Save As.</source>
        <translation>算例尚无文件：请使用“另存为”。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Case As</source>
        <translation>算例另存为</translation>
    </message>
    <message>
        <source>GridCarbon cases (*.json)</source>
        <translation>GridCarbon 算例 (*.json)</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>已将图形导出到 %1</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>SVG 图形 (*.svg);;PDF 文档 (*.pdf);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Recover case</source>
        <translation>恢复算例</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes autosaved at %1. Save them to keep them.</source>
        <translation>已恢复 %1 自动保存的未保存更改。请保存以保留这些更改。</translation>
    </message>
    <message>
        <source>an unsaved feeder</source>
        <translation>未保存的馈线</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>GridCarbon did not close properly. Changes to %1 were autosaved at %2.</source>
        <translation>GridCarbon 上次未正常关闭。对%1的更改已于 %2 自动保存。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>The recovered case could not be autosaved (%1); its recovery file is kept.</source>
        <translation>恢复的算例未能自动保存（%1）；其恢复文件已保留。</translation>
    </message>
    <message>
        <source>Opened with a warning: %1</source>
        <translation>已打开，但有警告：%1</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::ImageSizeDialog</name>
    <message>
        <source>Keep the view&apos;s proportions</source>
        <translation>保持视图的宽高比</translation>
    </message>
    <message>
        <source>Picture Size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::JobRunner</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>停止正在运行的任务</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::LineTypesDialog</name>
    <message>
        <source>Line Types</source>
        <translation>线路型号</translation>
    </message>
    <message>
        <source>A branch with a line type and a length takes its resistance, reactance, charging and rating from them, on its buses&apos; base voltage. Standard types hold typical values: check them against the manufacturer&apos;s data.</source>
        <translation>设定了线路型号和长度的支路，其电阻、电抗、充电电纳和额定容量由型号和长度按两端母线的基准电压算出。标准型号给出的是典型值：请与制造商的数据核对。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Resistance (Ω/km)</source>
        <translation>电阻 (Ω/km)</translation>
    </message>
    <message>
        <source>Reactance (Ω/km)</source>
        <translation>电抗 (Ω/km)</translation>
    </message>
    <message>
        <source>Capacitance (nF/km)</source>
        <translation>电容 (nF/km)</translation>
    </message>
    <message>
        <source>Ampacity (A, 0: unlimited)</source>
        <translation>载流量 (A，0：不限)</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>支路数</translation>
    </message>
    <message>
        <source>Add &amp;Standard Type</source>
        <translation>添加标准型号(&amp;S)</translation>
    </message>
    <message>
        <source>%1 Ω/km, %2 Ω/km, %3 nF/km, %4 A</source>
        <translation>%1 Ω/km，%2 Ω/km，%3 nF/km，%4 A</translation>
    </message>
    <message>
        <source>&amp;New Type</source>
        <translation>新建型号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>型号 %1</translation>
    </message>
    <message numerus="yes">
        <source>Line type &apos;%1&apos; is used by %n branch(es); give them another type (or none) before removing it.</source>
        <translation>
            <numerusform>线路型号“%1”被 %n 条支路使用；请先为这些支路改选其他型号（或不设型号），再删除它。</numerusform>
        </translation>
    </message>
    <message>
        <source>A line type needs a name.</source>
        <translation>线路型号需要名称。</translation>
    </message>
    <message>
        <source>There is already a line type named &apos;%1&apos;.</source>
        <translation>已有名为“%1”的线路型号。</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>电阻</translation>
    </message>
    <message>
        <source>reactance</source>
        <translation>电抗</translation>
    </message>
    <message>
        <source>capacitance</source>
        <translation>电容</translation>
    </message>
    <message>
        <source>ampacity</source>
        <translation>载流量</translation>
    </message>
    <message>
        <source>Line type &apos;%1&apos;: %2: &apos;%3&apos; is not a number.</source>
        <translation>线路型号“%1”：%2：“%3”不是数字。</translation>
    </message>
    <message>
        <source>Line type &apos;%1&apos;: %2 must be at least 0 (got %3).</source>
        <translation>线路型号“%1”：%2 不能小于 0（输入为 %3）。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::MainWindow</name>
    <message>
        <source>Feeder</source>
        <translation>馈线</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show Bus &amp;Values</source>
        <translation>显示母线数值(&amp;V)</translation>
    </message>
    <message>
        <source>Print the voltage magnitude or carbon intensity under each bus id</source>
        <translation>在每个母线编号下方显示电压幅值或节点碳势</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About GridCarbon</source>
        <translation>关于 GridCarbon(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>分析(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>%1[*] — GridCarbon</source>
        <translation>%1[*] — GridCarbon</translation>
    </message>
    <message>
        <source>1 bus</source>
        <translation>1 条母线</translation>
    </message>
    <message>
        <source>%1 buses</source>
        <translation>%1 条母线</translation>
    </message>
    <message>
        <source>1 branch</source>
        <translation>1 条支路</translation>
    </message>
    <message>
        <source>%1 branches</source>
        <translation>%1 条支路</translation>
    </message>
    <message>
        <source>1 load</source>
        <translation>1 个负荷</translation>
    </message>
    <message>
        <source>%1 loads</source>
        <translation>%1 个负荷</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 台机组</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 台机组</translation>
    </message>
    <message>
        <source>%1 generating units, %2 storage units, %3 capacitors</source>
        <translation>%1 台发电机组，%2 套储能，%3 组电容器</translation>
    </message>
    <message>
        <source>About GridCarbon</source>
        <translation>关于 GridCarbon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridCarbon %1&lt;/h3&gt;&lt;p&gt;A workbench for low-carbon distribution networks: power flow, carbon emission flow, multi-layer reactive compensation, carbon-market trading, low-carbon dispatch, planning and committed-carbon-emission operating regions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridCarbon %1&lt;/h3&gt;&lt;p&gt;低碳配电网工作台：潮流计算、碳排放流、多层无功补偿、碳市场交易、低碳调度、规划以及承诺碳排放运行域。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a case with File ▸ Open… (a GridCarbon .json case or a MATPOWER .m file), or start drawing: add buses with the bus tool and drop devices from the palette.</source>
        <translation>通过“文件 ▸ 打开…”打开算例（GridCarbon .json 算例或 MATPOWER .m 文件），或直接开始绘制：用母线工具添加母线，并从元件面板拖入设备。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>What each study computes, its inputs and outputs, the region indices, the command line</source>
        <translation>各项分析的计算内容、输入输出、运行域指标与命令行</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>曲线(&amp;P)…</translation>
    </message>
    <message>
        <source>See and edit the case&apos;s profiles as charts and tables; import a time series from CSV</source>
        <translation>以图表和表格查看、编辑算例的曲线；从 CSV 导入时间序列</translation>
    </message>
    <message>
        <source>Edit Profiles</source>
        <translation>编辑曲线</translation>
    </message>
    <message>
        <source>&amp;Line Types…</source>
        <translation>线路型号(&amp;L)…</translation>
    </message>
    <message>
        <source>Conductor and cable types (Ω, nF and A per km) that give a branch its per-unit values from its length</source>
        <translation>导线和电缆型号（每千米的 Ω、nF 和 A），由支路长度得出其标幺值</translation>
    </message>
    <message>
        <source>Edit Line Types</source>
        <translation>编辑线路型号</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::MoveBusesCommand</name>
    <message>
        <source>Move bus %1</source>
        <translation>移动母线 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n buses</source>
        <translation>
            <numerusform>移动 %n 条母线</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::NumberOptionBox</name>
    <message>
        <source>Above %1, at most %2%3; default %4 (--%5).</source>
        <translation>大于 %1，至多 %2%3；默认 %4（--%5）。</translation>
    </message>
    <message>
        <source>From %1 to %2%3; default %4 (--%5).</source>
        <translation>%1 至 %2%3；默认 %4（--%5）。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::OperatingRegionStudy</name>
    <message>
        <source>Operating region</source>
        <translation>运行域</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::PeriodSelector</name>
    <message>
        <source>&amp;Day</source>
        <translation>典型日(&amp;D)</translation>
    </message>
    <message>
        <source>Ho&amp;ur</source>
        <translation>小时(&amp;U)</translation>
    </message>
    <message>
        <source>The typical day of the case&apos;s profiles every study shows, or the case&apos;s base values</source>
        <translation>各项分析所用的算例典型日，或算例基准值</translation>
    </message>
    <message>
        <source>The hour of the day the power flow solves and the views show</source>
        <translation>潮流计算与各视图所示的小时</translation>
    </message>
    <message>
        <source>Base values</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::PowerFlowController</name>
    <message>
        <source>Run &amp;Power Flow</source>
        <translation>计算潮流(&amp;P)</translation>
    </message>
    <message>
        <source>Solve the AC power flow of the case on a worker thread</source>
        <translation>在后台线程中求解算例的交流潮流</translation>
    </message>
    <message>
        <source>&amp;Voltage View</source>
        <translation>电压视图(&amp;V)</translation>
    </message>
    <message>
        <source>Colour the buses by voltage magnitude</source>
        <translation>按电压幅值为母线着色</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开一个算例。</translation>
    </message>
    <message>
        <source>the power flow did not finish within %1 s</source>
        <translation>潮流计算未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>the power flow was cancelled</source>
        <translation>潮流计算已取消</translation>
    </message>
    <message>
        <source>Power flow</source>
        <translation>潮流</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::PowerFlowPresenter</name>
    <message>
        <source>No power-flow result</source>
        <translation>无潮流结果</translation>
    </message>
    <message>
        <source>backward/forward sweep</source>
        <translation>前推回代法</translation>
    </message>
    <message>
        <source>Newton-Raphson</source>
        <translation>牛顿-拉夫逊法</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>1 iteration</source>
        <translation>1 次迭代</translation>
    </message>
    <message>
        <source>%1 iterations</source>
        <translation>%1 次迭代</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Running the power flow…</source>
        <translation>正在计算潮流…</translation>
    </message>
    <message>
        <source>The power flow did not converge</source>
        <translation>潮流不收敛</translation>
    </message>
    <message>
        <source>Power flow</source>
        <translation>潮流</translation>
    </message>
    <message>
        <source>The power flow failed</source>
        <translation>潮流计算失败</translation>
    </message>
    <message>
        <source>The power flow failed: %1</source>
        <translation>潮流计算失败：%1</translation>
    </message>
    <message>
        <source>The power flow was cancelled</source>
        <translation>潮流计算已取消</translation>
    </message>
    <message>
        <source>The power flow was cancelled.</source>
        <translation>潮流计算已取消。</translation>
    </message>
    <message>
        <source>Vm</source>
        <translation>电压幅值</translation>
    </message>
    <message>
        <source>no power-flow result</source>
        <translation>无潮流结果</translation>
    </message>
    <message>
        <source>Bus voltage magnitude (p.u.)</source>
        <translation>母线电压幅值 (p.u.)</translation>
    </message>
    <message>
        <source>p.u.</source>
        <translation>p.u.</translation>
    </message>
    <message>
        <source>%1 p.u.</source>
        <translation>%1 p.u.</translation>
    </message>
    <message>
        <source>Va</source>
        <translation>电压相角</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>off</source>
        <translation>失电</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>not energised</source>
        <translation>未带电</translation>
    </message>
    <message>
        <source>P (from)</source>
        <translation>P（首端）</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Q (from)</source>
        <translation>Q（首端）</translation>
    </message>
    <message>
        <source>%1 MVAr</source>
        <translation>%1 MVAr</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>网损</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>Power flow P</source>
        <translation>潮流 P</translation>
    </message>
    <message>
        <source>Power flow Q</source>
        <translation>潮流 Q</translation>
    </message>
    <message>
        <source>Power flow at %1 converged (%2, %3): losses %4 kW, lowest voltage %5 p.u. at bus %6</source>
        <translation>%1 的潮流已收敛（%2，%3）：网损 %4 kW，最低电压 %5 p.u.（母线 %6）</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>时段：%1</translation>
    </message>
    <message>
        <source>Power flow at %1</source>
        <translation>%1 的潮流</translation>
    </message>
    <message>
        <source>The power flow at %1 did not converge after %2 (largest mismatch %3 p.u.).</source>
        <translation>%1 的潮流经 %2 后未收敛（最大不平衡量 %3 p.u.）。</translation>
    </message>
    <message>
        <source>Power flow at %1: %2.</source>
        <translation>%1 的潮流：%2。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::PowerFlowStudy</name>
    <message>
        <source>Power flow</source>
        <translation>潮流</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::PreferencesDialog</name>
    <message>
        <source>&amp;Snap to grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language takes effect after restarting GridCarbon.</source>
        <translation>新的语言将在重新启动 GridCarbon 后生效。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Spacing of the snap grid in drawing units</source>
        <translation>对齐网格的间距（绘图单位）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>Feeder editor</source>
        <translation>馈线编辑器</translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation>网格间距(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::ProblemsPanel</name>
    <message>
        <source>Bus</source>
        <translation>母线</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支路</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>发电机组</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>Capacitor</source>
        <translation>电容器</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>元件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::ProfilesDialog</name>
    <message>
        <source>× base</source>
        <translation>× 基准值</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a time series into the profile shown: a column per typical day (hour, spring, summer, …), day/hour/value rows, or one column of values; hourly or quarter-hourly</source>
        <translation>将时间序列读入当前曲线：每个典型日一列（hour, spring, summer, …）、day/hour/value 行，或单列数值；逐时或每 15 分钟</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>The case has no profiles: its studies use the base values.</source>
        <translation>算例没有曲线：各项分析使用基准值。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of profile &apos;%2&apos;%3; kept %4</source>
        <translation>“%1”不是曲线“%2”的有效值%3；保留 %4</translation>
    </message>
    <message>
        <source> (at least %1)</source>
        <translation>（至少 %1）</translation>
    </message>
    <message>
        <source>choose a profile first</source>
        <translation>请先选择一条曲线</translation>
    </message>
    <message>
        <source>Read %1 into profile &apos;%2&apos;.</source>
        <translation>已将 %1 读入曲线“%2”。</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>导入曲线</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>导出曲线</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::PropertyEditor</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>已选择 %n 个元件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a bus, branch or device</source>
        <translation>请选择母线、支路或设备</translation>
    </message>
    <message>
        <source>Bus %1</source>
        <translation>母线 %1</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>支路 %1</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>负荷 %1</translation>
    </message>
    <message>
        <source>Generator %1</source>
        <translation>发电机组 %1</translation>
    </message>
    <message>
        <source>Storage %1</source>
        <translation>储能 %1</translation>
    </message>
    <message>
        <source>Capacitor %1</source>
        <translation>电容器 %1</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; is not a number</source>
        <translation>%1：%2：“%3”不是数值</translation>
    </message>
    <message>
        <source>Case-file key: %1</source>
        <translation>算例文件键名：%1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>May be left empty</source>
        <translation>可留空</translation>
    </message>
    <message>
        <source>Profiles of quantity: %1</source>
        <translation>曲线对应的量：%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>With a line type: set by the type and the length</source>
        <translation>设定线路型号时：由型号和长度决定</translation>
    </message>
    <message>
        <source>Line types are edited under Edit ▸ Line Types…</source>
        <translation>线路型号在“编辑 ▸ 线路型号…”中编辑</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::PropertyField</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(constant)</source>
        <translation>（恒定）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <source>Slack (holds V and angle)</source>
        <translation>平衡节点（定电压幅值和相角）</translation>
    </message>
    <message>
        <source>Voltage control (P, V)</source>
        <translation>电压控制（PV）</translation>
    </message>
    <message>
        <source>Fixed P and Q</source>
        <translation>定有功与无功（PQ）</translation>
    </message>
    <message>
        <source>(per-unit values)</source>
        <translation>（直接输入标幺值）</translation>
    </message>
    <message>
        <source>%1 Ω/km, %2 Ω/km, %3 nF/km, %4 A</source>
        <translation>%1 Ω/km，%2 Ω/km，%3 nF/km，%4 A</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::RecoveryStore</name>
    <message>
        <source>%1: cannot create the recovery directory</source>
        <translation>%1：无法创建恢复目录</translation>
    </message>
    <message>
        <source>%1: cannot lock the recovery file</source>
        <translation>%1：无法锁定恢复文件</translation>
    </message>
    <message>
        <source>autosave is off: no recovery directory</source>
        <translation>自动保存已关闭：没有恢复目录</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::RegionController</name>
    <message>
        <source>Run &amp;Operating Region</source>
        <translation>计算运行域(&amp;O)</translation>
    </message>
    <message>
        <source>Build the committed-carbon-emission operating region of the observed loads on a worker thread</source>
        <translation>在后台线程中构建观测负荷的承诺碳排放运行域</translation>
    </message>
    <message>
        <source>Operating Region</source>
        <translation>运行域</translation>
    </message>
    <message>
        <source>Building the operating region…</source>
        <translation>正在构建运行域…</translation>
    </message>
    <message>
        <source>The operating region failed: %1</source>
        <translation>运行域计算失败：%1</translation>
    </message>
    <message>
        <source>Cancelled; the region shown is the previous one.</source>
        <translation>已取消；显示的仍是上一次的运行域。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 region of %2: %3 %4 in %5 s</source>
        <translation>%2 的 %1 运行域：%3 %4，用时 %5 秒</translation>
    </message>
    <message>
        <source>--observe auto:N needs N of 2 or 3, got &apos;%1&apos;</source>
        <translation>--observe auto:N 需要 N 为 2 或 3，实际为“%1”</translation>
    </message>
    <message>
        <source>--observe &apos;%1&apos;: at most 3 load buses of the case (it has loads at: %2)</source>
        <translation>--observe“%1”：最多为算例中的 3 个负荷母线（有负荷的母线：%2）</translation>
    </message>
    <message>
        <source>--section-axis and --section-at need a region of three loads</source>
        <translation>--section-axis 和 --section-at 需要三个负荷的运行域</translation>
    </message>
    <message>
        <source>--section-axis &apos;%1&apos; is not an observed bus</source>
        <translation>--section-axis“%1”不是观测母线</translation>
    </message>
    <message>
        <source>the operating region did not finish within %1 s</source>
        <translation>运行域计算未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>Operating region</source>
        <translation>运行域</translation>
    </message>
    <message>
        <source>The operating region was cancelled.</source>
        <translation>运行域计算已取消。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::RegionIndicesTable</name>
    <message>
        <source>Index</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::RegionStudyPanel</name>
    <message>
        <source>Chosen buses (2 or 3):</source>
        <translation>选定母线（2 或 3 个）：</translation>
    </message>
    <message>
        <source>Auto, by carbon emission flow:</source>
        <translation>自动，按碳排放流：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Observed buses&lt;/b&gt;</source>
        <translation>&lt;b&gt;观测母线&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The axes of the region: the loads of these buses, in MW</source>
        <translation>运行域的坐标轴：这些母线的负荷（MW）</translation>
    </message>
    <message>
        <source>Check two or three load buses</source>
        <translation>勾选两个或三个负荷母线</translation>
    </message>
    <message>
        <source> buses</source>
        <translation> 个母线</translation>
    </message>
    <message>
        <source>Observe the load buses whose loads carry the most carbon emission over the day</source>
        <translation>观测全天负荷碳排放最多的负荷母线</translation>
    </message>
    <message>
        <source>Adaptive: support problems until the inner and outer bounds agree to the tolerance. SCBA, HBA: boundary points on a grid. CHBA: rays bisected with the AC model (slow).</source>
        <translation>自适应：求解支撑问题，直到内外边界之差满足容差。SCBA、HBA：网格上的边界点。CHBA：用交流模型二分射线（较慢）。</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source> t/day</source>
        <translation> t/天</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The committed carbon emission: the most the network may emit over the day</source>
        <translation>承诺碳排放：电网全天允许的最大排放量</translation>
    </message>
    <message>
        <source>Carbon cap:</source>
        <translation>碳限额：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>典型日：</translation>
    </message>
    <message>
        <source>Bus %1 — %2, %3 MW</source>
        <translation>母线 %1 — %2，%3 MW</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>The typical day whose profiles the region is built for: the day chosen on the toolbar</source>
        <translation>构建运行域所用的典型日：即工具栏所选的典型日</translation>
    </message>
    <message>
        <source>none (the case has no profiles)</source>
        <translation>无（算例没有曲线）</translation>
    </message>
    <message>
        <source>%1 (the case&apos;s first; the toolbar shows base values)</source>
        <translation>%1（算例的第一个典型日；工具栏当前为基准值）</translation>
    </message>
    <message>
        <source>The case needs loads at two or more buses for an operating region.</source>
        <translation>运行域需要算例至少在两条母线上有负荷。</translation>
    </message>
    <message>
        <source>Check two or three buses (%1 checked), or choose Auto.</source>
        <translation>请勾选两条或三条母线（已勾选 %1 条），或选择自动。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::RegionTab</name>
    <message>
        <source>Reset Camera</source>
        <translation>重置视角</translation>
    </message>
    <message>
        <source>Look at the region from the default direction and fit it</source>
        <translation>从默认方向观察运行域并使其适应视图</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>坐标轴</translation>
    </message>
    <message>
        <source>Show the axes of the observed loads in MW</source>
        <translation>显示观测负荷的坐标轴（MW）</translation>
    </message>
    <message>
        <source>Outer Bound</source>
        <translation>外边界</translation>
    </message>
    <message>
        <source>Show the outer bound of an adaptive region (grey wireframe): the true region lies between it and the inner bound shown</source>
        <translation>显示自适应运行域的外边界（灰色线框）：真实运行域位于它与所示内边界之间</translation>
    </message>
    <message>
        <source>Keep as Reference</source>
        <translation>保留为参考</translation>
    </message>
    <message>
        <source>Keep this region; the next ones are drawn against it</source>
        <translation>保留此运行域；之后的结果将与它对比绘制</translation>
    </message>
    <message>
        <source>Clear Reference</source>
        <translation>清除参考</translation>
    </message>
    <message>
        <source>3-D View as PNG…</source>
        <translation>三维视图导出为 PNG…</translation>
    </message>
    <message>
        <source>Section as PNG…</source>
        <translation>截面导出为 PNG…</translation>
    </message>
    <message>
        <source>Section as SVG…</source>
        <translation>截面导出为 SVG…</translation>
    </message>
    <message>
        <source>Region as VTK PolyData (.vtp)…</source>
        <translation>运行域导出为 VTK PolyData (.vtp)…</translation>
    </message>
    <message>
        <source>Region as STL…</source>
        <translation>运行域导出为 STL…</translation>
    </message>
    <message>
        <source>Region Vertices as CSV…</source>
        <translation>运行域顶点导出为 CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cut plane across</source>
        <translation>截平面垂直于</translation>
    </message>
    <message>
        <source>The axis the cut plane is perpendicular to</source>
        <translation>截平面所垂直的坐标轴</translation>
    </message>
    <message>
        <source>Move the cut plane through the region</source>
        <translation>在运行域中移动截平面</translation>
    </message>
    <message>
        <source>Drag to rotate, shift+drag or middle-drag to pan, wheel to zoom</source>
        <translation>拖动旋转，Shift+拖动或中键拖动平移，滚轮缩放</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom</source>
        <translation>拖动平移，滚轮缩放</translation>
    </message>
    <message>
        <source>The reference has other axes (%1); it is drawn with regions of those axes only</source>
        <translation>参考运行域的坐标轴不同（%1）；仅与相同坐标轴的运行域一起绘制</translation>
    </message>
    <message>
        <source>Kept the region (%1) as the reference</source>
        <translation>已将运行域（%1）保留为参考</translation>
    </message>
    <message>
        <source>%1 = %2 MW</source>
        <translation>%1 = %2 MW</translation>
    </message>
    <message>
        <source>No region yet: choose the observed buses and run Study ▸ Run Operating Region.</source>
        <translation>尚无运行域：请选择观测母线并运行“分析 ▸ 计算运行域”。</translation>
    </message>
    <message>
        <source>Operating region</source>
        <translation>运行域</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>截面</translation>
    </message>
    <message>
        <source>No region yet.</source>
        <translation>尚无运行域。</translation>
    </message>
    <message>
        <source>Operating region of %1</source>
        <translation>%1 的运行域</translation>
    </message>
    <message>
        <source>%1; volume %2 MW³</source>
        <translation>%1；体积 %2 MW³</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>运行域：%1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>运行域</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考：%1</translation>
    </message>
    <message>
        <source>Outer bound</source>
        <translation>外边界</translation>
    </message>
    <message>
        <source>Base point inside, margin %1 MW</source>
        <translation>基准点在域内，裕度 %1 MW</translation>
    </message>
    <message>
        <source>Base point outside, margin %1 MW</source>
        <translation>基准点在域外，裕度 %1 MW</translation>
    </message>
    <message>
        <source>Cut plane %1 = %2 MW</source>
        <translation>截平面 %1 = %2 MW</translation>
    </message>
    <message>
        <source>there is no operating region to export: run the study first</source>
        <translation>没有可导出的运行域：请先运行计算</translation>
    </message>
    <message>
        <source>a region of two loads has no 3-D view: export the section instead</source>
        <translation>两个负荷的运行域没有三维视图：请导出截面</translation>
    </message>
    <message>
        <source>STL holds solids: a region of two loads has none (use .vtp or .csv)</source>
        <translation>STL 仅保存实体：两个负荷的运行域不是实体（请使用 .vtp 或 .csv）</translation>
    </message>
    <message>
        <source>%1 region</source>
        <translation>%1 运行域</translation>
    </message>
    <message>
        <source>Export 3-D View</source>
        <translation>导出三维视图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Section</source>
        <translation>导出截面</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Export Region</source>
        <translation>导出运行域</translation>
    </message>
    <message>
        <source>VTK PolyData (*.vtp)</source>
        <translation>VTK PolyData (*.vtp)</translation>
    </message>
    <message>
        <source>STL files (*.stl)</source>
        <translation>STL 文件 (*.stl)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::RemoveElementsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>删除 %n 个元件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::ResultTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::ResultsPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows (or the whole table) with its header, tab-separated, for a spreadsheet</source>
        <translation>复制所选行（或整张表）及表头，以制表符分隔，可粘贴到电子表格</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the table shown to a CSV file, every digit</source>
        <translation>将当前表格完整精度写入 CSV 文件</translation>
    </message>
    <message>
        <source>there is no result table to export</source>
        <translation>没有可导出的结果表</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::ScalarLegend</name>
    <message>
        <source>Lowest %1 %2 at bus %3</source>
        <translation>最低 %1 %2（母线 %3）</translation>
    </message>
    <message>
        <source>Highest %1 %2 at bus %3</source>
        <translation>最高 %1 %2（母线 %3）</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::SelectTool</name>
    <message>
        <source>Move cancelled.</source>
        <translation>已取消移动。</translation>
    </message>
    <message>
        <source>Only buses move: select the buses to move (their branches and devices follow).</source>
        <translation>只有母线可以移动：请选择要移动的母线（其支路和设备随之移动）。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::StudyController</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): %4</source>
        <translation>%1 — %2（%3）：%4</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::StudyPeriod</name>
    <message>
        <source>the case has no typical day &apos;%1&apos; (it has: %2)</source>
        <translation>算例没有典型日“%1”（现有：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>hour %1 needs a typical day (the base values have no hours)</source>
        <translation>小时 %1 需要指定典型日（基准值没有小时）</translation>
    </message>
    <message>
        <source>hour %1 is outside day &apos;%2&apos; (0..%3)</source>
        <translation>小时 %1 超出典型日“%2”的范围（0..%3）</translation>
    </message>
    <message>
        <source>base values</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::TimeSeriesChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click a time to show that hour; hover a line to name it</source>
        <translation>单击某一时刻以显示该小时；悬停曲线可查看名称</translation>
    </message>
    <message>
        <source>%1, hour %2: %3</source>
        <translation>%1，第 %2 小时：%3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::Translations</name>
    <message>
        <source>unknown --language &apos;%1&apos; (expected %2)</source>
        <translation>未知的 --language 值“%1”（应为 %2）</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::UserGuideDialog</name>
    <message>
        <source>GridCarbon User Guide</source>
        <translation>GridCarbon 用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本未包含用户指南。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::VtkView</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot encode the PNG for %1</source>
        <translation>无法为 %1 编码 PNG</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL 3.2; this display offers %1.%2.</source>
        <translation>三维视图需要 OpenGL 3.2；当前显示仅提供 %1.%2。</translation>
    </message>
    <message>
        <source>VTK cannot render with this display&apos;s OpenGL.</source>
        <translation>VTK 无法使用当前显示的 OpenGL 进行渲染。</translation>
    </message>
    <message>
        <source>the 3-D view could not be rendered at %1 × %2 pixels</source>
        <translation>无法以 %1 × %2 像素绘制三维视图</translation>
    </message>
</context>
<context>
    <name>gridcarbon::main</name>
    <message>
        <source>GridCarbon: a workbench for low-carbon distribution networks.</source>
        <translation>GridCarbon：低碳配电网工作台。</translation>
    </message>
    <message>
        <source>Open CASE, wait for its studies, save the window as a PNG to FILE and exit (0: saved; 2: unreadable case or bad option; 3: saved, but a study failed; 1: timeout).</source>
        <translation>打开 CASE，等待其分析完成，将窗口保存为 PNG 文件 FILE 后退出（0：已保存；2：算例无法读取或选项错误；3：已保存，但有分析失败；1：超时）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>--screenshot 的窗口尺寸（默认 1400x900）。</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>WIDTHxHEIGHT</translation>
    </message>
    <message>
        <source>Seconds to wait for each study in --screenshot mode (default 300).</source>
        <translation>--screenshot 模式下每项分析的等待秒数（默认 300）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>The interface language for this run: en or zh_CN (default: the preference).</source>
        <translation>本次运行的界面语言：en 或 zh_CN（默认：首选项中的设置）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>A GridCarbon case (.json) or a MATPOWER file (.m).</source>
        <translation>GridCarbon 算例 (.json) 或 MATPOWER 文件 (.m)。</translation>
    </message>
    <message>
        <source>[CASE]</source>
        <translation>[CASE]</translation>
    </message>
    <message>
        <source>expected at most one CASE, got %1</source>
        <translation>最多只能指定一个 CASE，实际为 %1 个</translation>
    </message>
    <message>
        <source>--screenshot FILE needs a CASE</source>
        <translation>--screenshot FILE 需要指定 CASE</translation>
    </message>
    <message>
        <source>bad --size or --timeout value</source>
        <translation>--size 或 --timeout 的值无效</translation>
    </message>
    <message>
        <source>bad --hour value &apos;%1&apos;</source>
        <translation>--hour 的值“%1”无效</translation>
    </message>
    <message>
        <source>With --screenshot: select the element with this id (a bus, branch, load or device), so that the property editor shows it.</source>
        <translation>与 --screenshot 一起使用：选中该编号的元件（母线、支路、负荷或设备），使属性编辑器显示它。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>With --screenshot: also write the feeder diagram to FILE (.png, .svg or .pdf), as File ▸ Export Diagram does.</source>
        <translation>与 --screenshot 一起使用：同时将馈线图写入 FILE（.png、.svg 或 .pdf），与“文件 ▸ 导出图形”相同。</translation>
    </message>
    <message>
        <source>With --view carbon: ac (with losses, default) or dc (lossless); with a region view: adaptive (default), scba, hba or chba.</source>
        <translation>配合 --view carbon：ac（含网损，默认）或 dc（无损）；用于运行域视图：adaptive（默认）、scba、hba 或 chba。</translation>
    </message>
    <message>
        <source>With a region view: the observed load buses, B1,B2[,B3], or auto:N for the N that carry the most carbon emission flow.</source>
        <translation>配合运行域视图：观测负荷母线 B1,B2[,B3]，或用 auto:N 选择碳排放流最大的 N 个母线。</translation>
    </message>
    <message>
        <source>BUSES</source>
        <translation>母线</translation>
    </message>
    <message>
        <source>With a region view: the daily carbon cap in tonnes (default: the case&apos;s).</source>
        <translation>配合运行域视图：每日碳限额（吨，默认：算例中的值）。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>吨数</translation>
    </message>
    <message>
        <source>With a region view: the observed bus whose axis the cut plane crosses.</source>
        <translation>配合运行域视图：截平面所垂直坐标轴对应的观测母线。</translation>
    </message>
    <message>
        <source>BUS</source>
        <translation>母线</translation>
    </message>
    <message>
        <source>With a region view: where the cut plane crosses its axis, in MW.</source>
        <translation>配合运行域视图：截平面在其坐标轴上的位置（MW）。</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>bad --%1 value &apos;%2&apos;</source>
        <translation>--%1 的值“%2”无效</translation>
    </message>
    <message>
        <source>What --screenshot shows, a view one of the studies offers: voltage (the default), carbon (runs the carbon emission flow), carbon-day (the same with the day&apos;s charts), region (runs the operating-region study: 3-D view and section) or region-section (the section alone).</source>
        <translation>--screenshot 显示的视图，由各项分析提供：voltage（默认）、carbon（运行碳排放流）、carbon-day（同上，显示全天曲线）、region（运行运行域分析：三维视图与截面）或 region-section（仅截面）。</translation>
    </message>
    <message>
        <source>Any view: the typical day every study shows (default: the case&apos;s first; &quot;&quot; for its base values; a region is built for the case&apos;s first day then).</source>
        <translation>任意视图：各项分析所用的典型日（默认为算例的第一个；&quot;&quot; 表示基准值，此时运行域按算例第一个典型日构建）。</translation>
    </message>
    <message>
        <source>Any view: the hour of the day the power flow solves and the views show (default 12).</source>
        <translation>任意视图：潮流计算与各视图所示的小时（默认 12）。</translation>
    </message>
</context>
<context>
    <name>gridcarbon::options</name>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>adaptive: largest inner-outer gap, a fraction of each axis range</source>
        <translation>自适应方法：内外边界之间允许的最大间隙，以各轴范围的比例计</translation>
    </message>
</context>
</TS>
