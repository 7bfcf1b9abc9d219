// The island for the "portfolio" kind: the social portfolio planner.
import { portfolio } from '../../workbook/kinds/portfolio';
import { exerciseIsland } from './island';
import { Portfolio } from './portfolio/Portfolio';

export default exerciseIsland(portfolio, Portfolio);
