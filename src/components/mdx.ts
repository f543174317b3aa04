// The components chapter authors may use in MDX, by the names they write.
import DependencyFigure from './figures/DependencyFigure.astro';
import DataDownloads from './figures/DataDownloads.astro';
import Timeline from './timeline/Timeline.astro';
import EventLink from './timeline/EventLink.astro';
import AccountsTable from './report/AccountsTable.astro';
import Bibliography from './report/Bibliography.astro';
import Corrections from './report/Corrections.astro';
import CiteSection from './cite/CiteSection.astro';
import CiteReport from './cite/CiteReport.astro';

export const mdxComponents = {
  DependencyFigure, DataDownloads, Timeline, EventLink, AccountsTable, Bibliography, Corrections, CiteSection, CiteReport,
};
